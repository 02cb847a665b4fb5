import Foundation
import NQArticle
import NQSource
import Testing

@testable import NQLanguage

@Suite struct ByteSearchTests {
    /// The plain definition: some start where every byte matches, ASCII case ignored.
    func reference(_ text: [UInt8], _ span: SourceSpan, _ needle: String) -> Bool {
        let pattern = Array(needle.lowercased().utf8)
        if pattern.isEmpty { return true }
        guard span.length >= pattern.count else { return false }
        for start in span.lower...(span.upper - pattern.count) {
            if pattern.indices.allSatisfy({ CharClassLite.lower(text[start + $0]) == pattern[$0] }) { return true }
        }
        return false
    }

    @Test func findsNeedlesInEitherCaseOnlyInsideTheSpan() {
        let text = Array("The TAX bill: a Taxing 12% rise; taxes, [tax] and TaX-free.".utf8)
        let whole = SourceSpan(0, text.count)
        #expect(ByteSearch.contains(text, whole, needle: "tax"))
        #expect(ByteSearch.contains(text, whole, needle: "12% RISE"))
        #expect(ByteSearch.contains(text, whole, needle: "[TAX]"))
        #expect(!ByteSearch.contains(text, whole, needle: "taxis"))
        #expect(!ByteSearch.contains(text, SourceSpan(0, 6), needle: "tax"))
        #expect(ByteSearch.contains(text, SourceSpan(4, 7), needle: "tax"))
        #expect(!ByteSearch.contains(text, SourceSpan(5, 7), needle: "tax"))
        #expect(ByteSearch.contains(text, SourceSpan(3, 3), needle: ""))
    }

    @Test func agreesWithThePlainDefinitionOnManySpansAndNeedles() {
        // Letters next to the bytes they differ from by 0x20 only ('@' '[' '`' '{'), digits, spaces.
        let alphabet = Array("aAbBxX@[`{ 0tT".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<400 {
            let text = (0..<(1 + next(40))).map { _ in alphabet[next(alphabet.count)] }
            let needle = String(
                decoding: (0..<(1 + next(4))).map { _ in alphabet[next(alphabet.count)] }, as: UTF8.self)
            let lower = next(text.count)
            let span = SourceSpan(lower, lower + next(text.count - lower + 1))
            #expect(
                ByteSearch.contains(text, span, needle: needle) == reference(text, span, needle),
                "\(String(decoding: text, as: UTF8.self)) \(span) \(needle)")
        }
    }

    @Test func lowerCasesTextWhenTheNeedleIsNotASCII() {
        let text = Array("Die STRASSE in Zürich, ÉTÉ".utf8)
        let whole = SourceSpan(0, text.count)
        #expect(ByteSearch.contains(text, whole, needle: "zürich"))
        #expect(ByteSearch.contains(text, whole, needle: "été"))
        // The Kelvin sign lower-cases to ASCII 'k', so the byte search runs.
        #expect(!ByteSearch.contains(text, whole, needle: "\u{212A}"))
    }
}

@Suite struct TextScanTests {
    @Test func aScanInPartsStopsWhenCancelled() throws {
        let path = try #require(BundledArticle.path)
        let text = try #require(FileManager.default.contents(atPath: path))
        let corpus = Corpus()
        corpus.add(ArticleAnalyzer().analyze(id: "one", source: "one", text: ArticleText(bytes: Array(text))))
        let sentences = try #require(Schema.collection(named: "sentences"))
        let field = try #require(sentences.field(named: "text"))
        let scan = try #require(TextScan(BoundExpr.compare(.contains, .field(field), .literal(.text("nato")))))
        #expect(throws: Diagnostic.self) {
            try scan.filterInParts(sentences.rows(in: corpus), in: corpus, check: Cancellation { true }, threshold: 1)
        }
    }

    @Test func keepsTheRowsTheEvaluationContextKeeps() throws {
        let path = try #require(BundledArticle.path)
        let text = try #require(FileManager.default.contents(atPath: path))
        let corpus = Corpus()
        for id in ["one", "two"] {
            corpus.add(ArticleAnalyzer().analyze(id: id, source: id, text: ArticleText(bytes: Array(text))))
        }
        let sentences = try #require(Schema.collection(named: "sentences"))
        let field = try #require(sentences.field(named: "text"))
        let rows = sentences.rows(in: corpus)
        for needle in ["nato", "TRUMP", "summit,", "", "zzz", "é"] {
            let filter = BoundExpr.compare(.contains, .field(field), .literal(.text(needle)))
            let scan = try #require(TextScan(filter))
            var context = EvaluationContext(corpus: corpus, rowSpan: sentences.rowSpan)
            let kept = rows.filter { context.test(filter, $0) }
            #expect(try scan.filter(rows, in: corpus) == kept, "\(needle)")
            // Scanned in parts on every core, the same rows in the same order.
            #expect(try scan.filterInParts(rows, in: corpus, check: Cancellation(), threshold: 1) == kept, "\(needle)")
        }
        #expect(TextScan(BoundExpr.compare(.contains, .literal(.text("a")), .literal(.text("a")))) == nil)
        // A needle with an apostrophe is compared with every kind of apostrophe, not byte for byte.
        #expect(TextScan(BoundExpr.compare(.contains, .field(field), .literal(.text("’s")))) == nil)
    }
}
