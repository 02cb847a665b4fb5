import NQArticle
import NQSource

/// The `figures` and `dates` collections.
enum FigureFields {
    static let figures = CollectionDef(
        name: "figures", summary: "a number the article states: money, a percentage, a count…",
        itemCount: { $0.figures.count }, include: nil, rowSpan: { article, item in article.figures[item].span },
        fields: [
            Fields.article(),
            Fields.spanText("text", "the figure as written") { article, item in article.figures[item].span },
            Fields.number("value", "its value as a number (800 billion → 800000000000)") { article, item in
                article.figures[item].value
            },
            Fields.text("unit", "an ISO currency code, percent, or what is counted") { article, item in
                article.figures[item].unit
            },
            Fields.text("kind", "money, percent, count, ratio, duration, size or number") { article, item in
                article.figures[item].kind.rawValue
            },
            Fields.number("sentence", "the number of its sentence; sentence.text reads it") { article, item in
                Fields.sentence(article.figures[item].sentence)
            }.linking(.sentence { article, item in article.figures[item].sentence }),
            Fields.offset("start", "where it starts (code points into the article)") { article, item in
                article.figures[item].span.lower
            },
            Fields.offset("end", "where it ends") { article, item in article.figures[item].span.upper },
        ],
        defaultColumns: ["article", "text", "value", "unit", "kind"])

    static let dates = CollectionDef(
        name: "dates", summary: "a date or time expression: a weekday, last year, March 3, 2025",
        itemCount: { $0.dates.count }, include: nil, rowSpan: { article, item in article.dates[item].span },
        fields: [
            Fields.article(),
            Fields.spanText("text", "the expression as written") { article, item in article.dates[item].span },
            Fields.date("date", "the calendar date or period it stands for, when known") { article, item in
                article.dates[item].normalized
            },
            Fields.text("kind", "weekday, relative, explicit, month or year") { article, item in
                article.dates[item].kind.rawValue
            },
            Fields.number("sentence", "the number of its sentence") { article, item in
                Fields.sentence(article.dates[item].sentence)
            },
            Fields.offset("start", "where it starts (code points into the article)") { article, item in
                article.dates[item].span.lower
            },
            Fields.offset("end", "where it ends") { article, item in article.dates[item].span.upper },
        ],
        defaultColumns: ["article", "text", "date", "kind", "sentence"])
}
