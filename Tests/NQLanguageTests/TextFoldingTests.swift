import Testing

@testable import NQLanguage

/// Straight and typographic apostrophes and quotation marks read as one mark each.
@Suite struct TextFoldingTests {
    @Test func findsEveryMarkAndNothingElse() {
        for text in ["it's", "say \"x\"", "it’s", "‘x’", "“x”", "„x“", "Oʼ", "6′", "7″"] {
            #expect(TextFolding.hasMarks(text), "\(text)")
        }
        for text in ["", "plain", "café — naïve…", "Ωmega", "€5"] {
            #expect(!TextFolding.hasMarks(text), "\(text)")
        }
    }

    @Test func foldsToStraightMarks() {
        #expect(TextFolding.fold("“We’re here,” O‘Brien said") == "\"We're here,\" O'Brien said")
        #expect(TextFolding.key("“WE’RE”") == TextFolding.key("\"we're\""))
        #expect(TextFolding.variants("O'Brien") == ["O'Brien", "O’Brien"])
        #expect(TextFolding.variants("Rutte") == ["Rutte"])
    }

    @Test func equalityAndSetKeysIgnoreTheKindOfMark() {
        #expect(ValueOrder.equal(.text("We’re"), .text("we're")))
        #expect(ValueOrder.key(.text("“Yes”")) == ValueOrder.key(.text("\"yes\"")))
        #expect(ValueOrder.key(.text("12")) == .number(12))
    }

    @Test func theQFlagMakesARegexMarkStandForItsKind() throws {
        let regex = try LinearRegex(TextFolding.regexPattern("we're|[\"]x"), flags: "i")
        #expect(regex.matches("We’re"))
        #expect(regex.matches("“x"))
        #expect(!(try LinearRegex("we're", flags: "i")).matches("We’re"))
    }
}
