import Testing

@testable import BitextReview

@Suite struct NumberScannerTests {
  let scanner = NumberScanner()

  func values(_ text: String) -> [Set<String>] { scanner.numbers(in: text).map(\.values) }

  @Test func separatorsOfEveryLanguageGiveTheSameValue() {
    for text in ["1,000.5", "1 000,5", "1.000,5", "1'000.5", "1\u{202F}000,5", "1\u{A0}000,5"] {
      let numbers = scanner.numbers(in: "Il y a \(text) litres.")
      #expect(numbers.count == 1, "\(text)")
      #expect(numbers.first?.values.contains("1000.5") == true, "\(text)")
      #expect(numbers.first?.text == text)
    }
  }

  @Test func anAmbiguousNumberHoldsBothReadings() {
    #expect(values("1,000 men") == [["1000", "1"]])
    #expect(values("3,5 km") == [["3.5"]])
    #expect(values("0.50 €") == [["0.5"]])
    #expect(values("James 007") == [["7"]])
  }

  @Test func spacesGroupOnlyThreeDigitGroups() {
    #expect(values("300 000 soldats") == [["300000"]])
    #expect(values("en 2020 300 personnes") == [["2020"], ["300"]])
    #expect(values("les 12 34 ans") == [["12"], ["34"]])
  }

  @Test func ordinalsAreTheirNumber() {
    for text in ["the 3rd day", "le 3e jour", "am 3. Tag", "le 3ème jour"] {
      #expect(values(text) == [["3"]], "\(text)")
    }
  }

  @Test func runsNoConventionReadsAreOneNumberPerGroup() {
    let numbers = scanner.numbers(in: "le 12.05.2020")
    #expect(numbers.map(\.text) == ["12", "05", "2020"])
    #expect(numbers.map(\.values) == [["12"], ["5"], ["2020"]])
  }

  @Test func aDecimalKeepsItsGroupsAsParts() {
    let number = scanner.numbers(in: "at 20.30")[0]
    #expect(number.values == ["20.3"])
    #expect(number.parts == ["20", "30"])
  }

  @Test func digitsOfOtherScripts() {
    #expect(values("عام ٢٠٢٢") == [["2022"]])
    #expect(values("वर्ष २०२२") == [["2022"]])
  }

  @Test func romanNumeralsInCapitals() {
    #expect(scanner.romanNumerals(in: "Chapitre XIV, puis I et MMXXII.") == ["14", "1", "2022"])
    #expect(scanner.romanNumerals(in: "IIII, IC, Ivan, mix") == [])
    #expect(NumberScanner.roman(1994) == "MCMXCIV")
  }
}
