import NQSource

/// The names an article mentions, for giving a speaker their full name and for resolving a
/// pronoun to the person it stands for.
struct NameIndex {
    /// One run of name words ("U.S. President Donald Trump") and the personal name at its end
    /// ("Donald Trump").
    struct Run {
        /// All the run's tokens.
        var range: Range<Int>
        /// The personal name: the run's last words that are no title or acronym.
        var personal: Range<Int>
        /// The hash of the run's last word (its surname).
        var surname: UInt64
    }

    /// The runs in text order.
    private(set) var runs: [Run] = []
    /// The tokens.
    let view: TokenView

    /// Indexes the name runs of the given lines (the article's paragraphs, quotes included;
    /// headlines and headings, written in title case, are left out).
    init(_ view: TokenView, lines: [(paragraph: Int, tokens: Range<Int>)]) {
        self.view = view
        for line in lines { index(line.tokens) }
    }

    /// Adds the name runs of a range of tokens.
    private mutating func index(_ range: Range<Int>) {
        let reader = PhraseReader(view: view)
        var index = range.lowerBound
        while index < range.upperBound {
            guard view.tokens[index].kind == .word, view.tokens[index].isCapitalized,
                let run = reader.nameForward(startingAt: index, limit: range.upperBound)
            else {
                index += 1
                continue
            }
            var first = run.upperBound - 1
            while first > run.lowerBound, view.isNameWord(first - 1), !view.classes(first - 1).contains(.honorific),
                !view.isAcronym(first - 1), run.upperBound - first < 3
            {
                first -= 1
            }
            if !view.classes(run.upperBound - 1).contains(.honorific) {
                let last = run.upperBound - 1
                let key = CueLexicon.hash(view.bytes, view.tokens[last].span.lower, view.tokens[last].span.upper)
                runs.append(Run(range: run, personal: first..<run.upperBound, surname: key))
            }
            index = run.upperBound
        }
    }

    /// The fullest personal name, at or before token `position`, that ends in the same word as
    /// the name `name` ("Trump" → "Donald Trump"), with the token range it was read from.
    func fullName(of name: Range<Int>, before position: Int) -> (String, Range<Int>) {
        var best = name
        var personal = name
        if let run = runs.last(where: { $0.range.contains(name.upperBound - 1) }) { personal = run.personal }
        let last = name.upperBound - 1
        let key = CueLexicon.hash(view.bytes, view.tokens[last].span.lower, view.tokens[last].span.upper)
        best = personal
        for run in runs {
            guard run.range.lowerBound <= position else { break }
            if run.surname == key, run.personal.count > best.count { best = run.personal }
        }
        return (view.string(best), best)
    }

    /// The most recent personal name before token `position` that looks like a person's
    /// (two or more words, or a single word seen elsewhere as part of a longer name).
    func recentPerson(before position: Int, notBefore floor: Int) -> Range<Int>? {
        var low = 0
        var high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if runs[mid].range.upperBound <= position { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0, runs[index].range.lowerBound >= floor {
            let run = runs[index]
            if run.personal.count >= 2 || run.range.count > run.personal.count { return run.personal }
            if runs.contains(where: { $0.surname == run.surname && $0.personal.count >= 2 }) {
                return run.personal
            }
            index -= 1
        }
        return nil
    }
}
