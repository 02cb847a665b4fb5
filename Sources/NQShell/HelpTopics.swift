import NQLanguage
import NQSource

/// The texts of `help` and `help TOPIC`.
enum HelpTopics {
    static let overview = """
        nq answers questions about news articles: who said what, who is named, which figures.

        Statements (one per line; end a line with \\ to continue it):
          COLLECTION [where EXPR] [order by VALUE [desc], …] [limit N [per VALUE]] [select VALUE [as NAME], …]
          QUERY group by VALUE, … [where …] [order by …] [limit …] [select …]   groups, aggregates
          count QUERY [by VALUE, … [where …] [order by …] [limit …]]   how many rows, or in each group
          let NAME = QUERY               keep a result; use NAME as a collection afterwards
          load PATH                      add articles (text, Markdown, HTML, JSON, JSON Lines): a file,
                                         a folder or a pattern like "news/*.txt"; again replaces them
          describe [COLLECTION]          the collections, or the fields of one
          show quote N                   a row in its paragraph (any collection with text)
          explain quote N                why a quote has its speaker;  explain QUERY: how it runs
          date "YYYY-MM-DD"              the date that relative dates count from
          print "text"                   print a line
          expect QUERY = VALUE           a lesson's check: fails the run when the value differs
          pause ["text"]                 wait for Enter at a terminal (nothing in batch)
          help [TOPIC]                   topics: collections, where, groups, links, functions, examples, formats,
                                         dot, lessons
          exit                           leave
        Dot commands: .mode, .output, .once, .pager, .timer, .echo, .read, .load, .width, .help, .quit

        Try:  quotes where speaker = "Trump"      count quotes by speaker
              sentences where mentions "NATO"     people order by mentions desc

        """

    static let whereText = """
        Expressions in 'where':
          FIELD = VALUE    != < <= > >=       text compares ignoring case; names match any known name
          FIELD contains "text"               also: starts with, ends with
          FIELD matches /regex/i              linear-time regular expressions (flags i, m, s, q)
          FIELD in ["a", "b"]                 FIELD not in [...]
          FIELD in NAME                       a saved result's first column; or in (QUERY select FIELD)
          FIELD is null                       FIELD is not null
          mentions "Putin"                    the row's text names that person, organisation or place
          within 1 sentence of (QUERY)        rows near a row of another query, in the same article
          not …, … and …, … or …, ( … )
        Values: "text" (or “text”), 2, 2.5, 800e9, true, false, null; + - * / on numbers
        Types are checked before a query runs: 'speaker > 3' is an error, with a caret.
        Apostrophes and quotation marks: ' ‘ ’ are one mark and " “ ” another in =, in, contains,
        starts with, ends with, names and mentions ("we're" finds “We’re”); in matches only
        with the flag q (/we're/iq).

        """

    static let groups = """
        Groups and aggregates:
          count quotes by speaker limit 10                    the ten most-quoted, with bars
          quotes group by speaker where count >= 3 select speaker, count, avg(words(text)) as words
          count quotes by article.outlet as outlet, speaker order by outlet limit 3 per outlet
          let top = count quotes by speaker limit 10          a table; 'top where count > 3'
        After 'group by': where, order by, limit, select apply to the groups and may use the keys,
        count, count(x), count(distinct x), sum(x), avg(x), min(x), max(x).
        Default order: the largest count first, ties by key.

        """

    static let links = """
        Dotted names follow a row to what it belongs to or points at:
          article.title article.date article.outlet …    from any row: its article
          speaker.affiliation speaker.title speaker.type   from a quote: its speaker's entity
          sentence.text                                    from a quote, mention or figure
          paragraph.text                                   from a quote or sentence
          entity.affiliation                               from a mention: its entity
        Relating collections:
          articles where id in (quotes where speaker = "Trump" select article)
          quotes where article in (quotes where speaker = "Ryan" select article)
          sentences where within 1 sentence of (quotes where quote = 3)

        """

    static var functions: String {
        "Functions (in where, order by, select, group by):\n"
            + ScalarFunction.allCases.map { "  " + $0.signature }.joined(separator: "\n")
            + "\n  + - * / on numbers; select VALUE as NAME names a column\n"
            + "Aggregates (after group by): count, count(x), count(distinct x), sum, avg, min, max\n"
    }

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
        count quotes by speaker limit 10
        quotes group by speaker select speaker, count, avg(words(text)) as words order by words desc
        quotes where speaker.affiliation = "NATO" select speaker, article.title, text
        articles where id in (quotes where speaker = "Trump" select article) select id, title, date

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
    static let topics = [
        "collections", "where", "groups", "links", "functions", "examples", "formats", "dot", "lessons",
    ]

    /// The text for a topic, or the overview.
    static func text(for topic: Name?) throws(Diagnostic) -> String {
        guard let topic else { return overview }
        let word = topic.text.lowercased()
        switch word {
        case "collections", "describe": return collectionsText
        case "where", "expressions", "operators": return whereText
        case "groups", "group", "aggregates", "count": return groups
        case "links", "link", "relations", "in": return links
        case "functions", "function": return functions
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
