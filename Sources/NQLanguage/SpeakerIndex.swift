import NQArticle

/// Quotes by the names of their speakers, made from the corpus-wide identities.
struct SpeakerIndex {
    /// Quotes by every lower-cased name their speaker answers to.
    var byName: [String: [RowRef]] = [:]
    /// Quote counts by the name each speaker is shown under (nil: no speaker).
    var counts: [String?: Int] = [:]
    /// For each identity, the lower-cased names it answers to: every form of its name, and the
    /// words of the name it is shown under and their runs ("lula da silva", "da silva" of "Luiz
    /// Inácio Lula da Silva").
    var keys: [[String]] = []
    /// For each identity, how many quotes it has.
    var quoteCounts: [Int] = []

    /// The most words a shown name may have for its runs of words to be names it answers to.
    static let longestRunName = 6

    /// Builds the index of a corpus.
    init(corpus: Corpus) {
        let table = corpus.identities
        keys = table.identities.map { identity in
            var names: [String] = []
            func add(_ name: String) { if !name.isEmpty, !names.contains(name) { names.append(name) } }
            let shown = identity.name.lowercased()
            add(shown)
            let words = shown.split(separator: " ")
            for word in words where word.count > 1 { add(String(word)) }
            // Runs of two or more words, for names of a few words (a longer one is no person's).
            if words.count > 2, words.count <= Self.longestRunName {
                for start in words.indices where start + 2 <= words.count {
                    for end in (start + 2)...words.count where end - start < words.count {
                        add(words[start..<end].joined(separator: " "))
                    }
                }
            }
            for form in identity.forms { add(form.name.lowercased()) }
            return names
        }
        quoteCounts = [Int](repeating: 0, count: table.identities.count)
        for (articleIndex, article) in corpus.articles.enumerated() {
            for (item, quote) in article.quotes.enumerated() {
                let row = RowRef(article: articleIndex, item: item)
                if let entity = quote.speakerEntity {
                    let identity = table.identity(article: articleIndex, entity: entity)
                    quoteCounts[identity] += 1
                    counts[table.identities[identity].name, default: 0] += 1
                    for key in keys[identity] { byName[key, default: []].append(row) }
                } else {
                    counts[quote.speaker, default: 0] += 1
                    guard let speaker = quote.speaker?.lowercased() else { continue }
                    byName[speaker, default: []].append(row)
                    for word in speaker.split(separator: " ") where String(word) != speaker {
                        byName[String(word), default: []].append(row)
                    }
                }
            }
        }
    }
}
