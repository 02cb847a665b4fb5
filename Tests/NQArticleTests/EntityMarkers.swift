import NQSource

@testable import NQArticle

/// A span marked in a test text with `⟦…⟧`, and the letter before a colon that gives its type
/// (`⟦p:Mark Rutte⟧`, `⟦o:NATO⟧`, `⟦l:Moscow⟧`; figures and dates use no letter: `⟦2%⟧`).
struct MarkedSpan: Equatable, CustomStringConvertible {
    /// `p`, `o`, `l`, or "" when unmarked.
    var type: String
    /// The marked words.
    var text: String
    /// Their UTF-8 offsets in the text without markers.
    var span: SourceSpan

    var description: String { type.isEmpty ? text : "\(type):\(text)" }
}

/// A test text with its markers removed and the spans they marked.
struct MarkedText {
    /// The text without markers.
    var text: String
    /// The marked spans, in order.
    var marks: [MarkedSpan]

    /// Strips `⟦type:words⟧` markers from `marked`.
    init(_ marked: String) {
        var plain: [UInt8] = []
        var marks: [MarkedSpan] = []
        var open: (start: Int, type: String)?
        var scalars = marked.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "⟦" {
                var type = ""
                let rest = String(String.UnicodeScalarView(scalars.prefix(2)))
                if rest.count == 2, rest.hasSuffix(":"), "pol".contains(rest.first!) {
                    type = String(rest.first!)
                    scalars = scalars.dropFirst(2)
                }
                open = (plain.count, type)
            } else if scalar == "⟧", let start = open {
                let words = String(decoding: plain[start.start...], as: UTF8.self)
                marks.append(
                    MarkedSpan(type: start.type, text: words, span: SourceSpan(start.start, plain.count)))
                open = nil
            } else {
                plain += Array(String(scalar).utf8)
            }
        }
        self.text = String(decoding: plain, as: UTF8.self)
        self.marks = marks
    }

    /// The text analysed as an article.
    func analyze(date: String? = nil) -> Article {
        ArticleAnalyzer().analyze(id: "test", source: "<test>", text: ArticleText(text), date: date)
    }
}

extension Article {
    /// The name mentions of its entities, as marked spans, in text order.
    var markedNameMentions: [MarkedSpan] {
        mentions.filter { $0.form == .name }.map { mention in
            let letter: String
            switch entities[mention.entity].type {
            case .person: letter = "p"
            case .organization: letter = "o"
            case .place: letter = "l"
            }
            return MarkedSpan(type: letter, text: string(mention.span), span: mention.span)
        }
    }

    /// The entity of a given name and type, if any.
    func entity(named name: String, _ type: EntityType? = nil) -> Entity? {
        entities.first { $0.name == name && (type == nil || $0.type == type) }
    }
}
