import NQLanguage
import NQSource

/// The texts of `help` and `help TOPIC`.
enum HelpTopics {
    static let overview = """
        nq answers questions about news articles: who said what, who is named, which figures.

        Statements (one per line; end a line with \\ to continue it):
          COLLECTION [where EXPR] [order by FIELD [desc], …] [limit N [offset M]] [select FIELD, …]
          count QUERY [by FIELD, …]      how many rows, or how many in each group
          let NAME = QUERY               keep a result; use NAME as a collection afterwards
          load PATH                      add articles: a file, a folder or a pattern like "news/*.txt"
          describe [COLLECTION]          the collections, or the fields of one
          show quote N                   a row in its paragraph (any collection with text)
          explain quote N                why a quote has its speaker;  explain QUERY: how it runs
          date "YYYY-MM-DD"              the date that relative dates count from
          print "text"                   print a line
          expect QUERY = VALUE           a lesson's check: fails the run when the value differs
          pause ["text"]                 wait for Enter at a terminal (nothing in batch)
          help [TOPIC]                   topics: collections, where, examples, formats, dot, lessons
        Dot commands: .mode, .output, .once, .pager, .timer, .echo, .read, .load, .width, .help, .quit

        Try:  quotes where speaker = "Trump"      count quotes by speaker
              sentences where mentions "NATO"     people order by mentions desc

        """

    static let whereText = """
        Expressions in 'where':
          FIELD = VALUE    != < <= > >=       text compares ignoring case; names match any known name
          FIELD contains "text"               also: starts with, ends with
          FIELD matches /regex/i              linear-time regular expressions (flags i, m, s)
          FIELD in ["a", "b"]                 FIELD not in [...]
          FIELD is null                       FIELD is not null
          mentions "Putin"                    the row's text names that person, organisation or place
          not …, … and …, … or …, ( … )
        Values: "text" (or “text”), 2, 2.5, 800e9, true, false, null

        """

    static let examples = """
        quotes where speaker = "Rutte"
        quotes where speaker = "Trump" and text contains "NATO" order by paragraph limit 3
        count quotes by speaker
        sentences where text matches /cease-?fire/i
        paragraphs where section = 2 select paragraph, text
        let trump = quotes where speaker = "Trump"
        trump where cue = "recalled"
        figures where unit = "EUR"
        people order by mentions desc
        count mentions by entity, type

        """

    static let formats = """
        .mode table      aligned columns fitted to the terminal (the default)
        .mode json       one JSON array of objects
        .mode jsonl      one JSON object per line
        .mode csv        RFC 4180, with a header row
        .mode markdown   a GitHub table
        .mode line       one "field = value" line per field, a blank line between rows
        The same names work with --format on the command line.

        """

    static let lessons = """
        A lesson is a .nq script that says what it expects:
          count quotes by speaker
          expect count quotes = 6                       a count, or any query with one value:
          expect quotes where quote = 1 select cue = "told"
          expect count figures where unit = "EUR" >= 1  also != < <= > >=
          pause "Who said the rest?"                    waits for Enter at a terminal
        nq lesson.nq < /dev/null runs it as a check: exit 0 when every expectation holds, else
        FILE:LINE:COL with the expected and the actual value, and exit 1. See Examples/.

        """

    /// The topics `help` knows.
    static let topics = ["collections", "where", "examples", "formats", "dot", "lessons"]

    /// The text for a topic, or the overview.
    static func text(for topic: Name?) throws(Diagnostic) -> String {
        guard let topic else { return overview }
        let word = topic.text.lowercased()
        switch word {
        case "collections", "describe": return collectionsText
        case "where", "expressions", "operators": return whereText
        case "examples", "tour": return examples
        case "formats", "mode", "modes", "format": return formats
        case "dot", "settings", "commands": return DotCommands.helpText
        case "lessons", "lesson", "expect", "pause": return lessons
        default:
            if let collection = Schema.collection(named: word) { return fieldsText(collection) }
            let candidates = topics + Schema.collectionNames
            throw Messages.unknownTopic(
                topic, suggestion: Suggestion.closest(to: topic.text, in: candidates), topics: candidates)
        }
    }

    static var collectionsText: String {
        let width = Schema.collections.map(\.name.count).max() ?? 0
        return "Collections (try 'describe quotes' for fields):\n"
            + Schema.collections.map {
                "  " + $0.name + String(repeating: " ", count: width - $0.name.count + 2) + $0.summary
            }.joined(separator: "\n") + "\n"
    }

    static func fieldsText(_ collection: CollectionDef) -> String {
        let width = collection.fields.map(\.name.count).max() ?? 0
        return "\(collection.name): \(collection.summary)\n"
            + collection.fields.map {
                "  " + $0.name + String(repeating: " ", count: width - $0.name.count + 2) + $0.summary
            }.joined(separator: "\n") + "\n"
    }
}
