/// The dense kernels of the sentence encoder: matrix products over packed weights, layer
/// normalization, GELU and softmax, each over whole activation matrices.
public enum EncoderKernels {}
