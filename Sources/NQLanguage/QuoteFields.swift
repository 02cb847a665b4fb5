import NQArticle
import NQSource

/// The `quotes` collection.
enum QuoteFields {
    static func quote(_ article: Article, _ item: Int) -> Quotation { article.quotes[item] }

    static let quotes = CollectionDef(
        name: "quotes", summary: "a direct quotation and who said it", itemCount: { $0.quotes.count },
        include: nil, rowSpan: { article, item in article.quotes[item].span },
        fields: [
            FieldDef(
                name: "quote", type: .number,
                summary: "its number among the loaded quotes, from 1 (see 'explain quote N')",
                get: { corpus, row in .number(Double(corpus.quoteBase[Int(row.article)] + Int(row.item) + 1)) }),
            Fields.article(),
            Fields.spanText("text", "the quoted words, without the quotation marks") { article, item in
                quote(article, item).span
            },
            FieldDef(
                name: "speaker", type: .text,
                summary:
                    "who said it, by their name across the corpus ('= \"Rutte\"' matches any of their names);"
                    + " speaker.FIELD reads their entity",
                get: { corpus, row in corpus.speakerName(of: row).map(Value.text) ?? .null },
                nameMatch: { corpus, row, name in corpus.speaker(of: row, isNamed: name) },
                link: .entity { article, item in quote(article, item).speakerEntity }),
            Fields.spanText("cue", "the word or phrase that attributes it (said, told, according to)") {
                article, item in
                quote(article, item).cue
            },
            Fields.spanText("addressee", "who was told, where the article says") { article, item in
                quote(article, item).addressee
            },
            Fields.number("section", "the number of its section") { article, item in
                Double(Fields.section(ofParagraph: quote(article, item).paragraph, in: article))
            },
            Fields.spanText("heading", "its section's heading") { article, item in
                let section = Fields.section(ofParagraph: quote(article, item).paragraph, in: article)
                return section > 0 ? article.sections[section - 1].heading : nil
            },
            Fields.number("paragraph", "the number of its paragraph; paragraph.text reads it") { article, item in
                Double(quote(article, item).paragraph)
            }.linking(.paragraph { article, item in quote(article, item).paragraph }),
            Fields.number("sentence", "the number of its sentence; sentence.text reads it") { article, item in
                Double(quote(article, item).sentence)
            }.linking(.sentence { article, item in quote(article, item).sentence }),
            Fields.offset("start", "where the quoted words start (code points into the article)") { article, item in
                quote(article, item).span.lower
            },
            Fields.offset("end", "where they end") { article, item in quote(article, item).span.upper },
            Fields.spanText("speaker_text", "the mention the attribution rests on, as written (may be a pronoun)") {
                article, item in quote(article, item).speakerMention
            },
            Fields.offset("speaker_start", "where that mention starts") { article, item in
                quote(article, item).speakerMention?.lower
            },
            Fields.offset("speaker_end", "where that mention ends") { article, item in
                quote(article, item).speakerMention?.upper
            },
            FieldDef(
                name: "speaker_id", type: .text,
                summary: "the speaker's corpus-wide identity (person:donald-trump), one id per person",
                get: { corpus, row in corpus.speakerIdentity(of: row).map { Value.text($0.id) } ?? .null }),
            Fields.number("confidence", "how far the speaker can be trusted, from 0 (no speaker) to 1") {
                article, item in
                quote(article, item).confidence
            },
            Fields.text("resolution", "how the speaker's mention led to the speaker (name, pronoun, description…)") {
                article, item in
                quote(article, item).resolution?.label
            },
            Fields.text("rule", "the rule that found the speaker") { article, item in
                quote(article, item).rule?.rawValue
            },
        ],
        defaultColumns: ["quote", "speaker", "cue", "heading", "text"])
}
