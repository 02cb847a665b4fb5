extension Article {
    /// The 1-based number of the sentence holding mention `index` (0 when none): the sentence
    /// holding its start, worked out rather than stored.
    public func sentenceNumber(ofMention index: Int) -> Int {
        sentenceNumber(containing: mentions[index].span.lower)
    }

    /// The 1-based number of the paragraph holding the sentence at `index` (0 when none).
    /// Paragraphs hold consecutive sentences, one after another, so the paragraph is the first
    /// whose sentences end after it.
    public func paragraphNumber(ofSentence index: Int) -> Int {
        var low = 0
        var high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].sentences.upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < paragraphs.count && paragraphs[low].sentences.contains(index) ? low + 1 : 0
    }

    /// The 1-based number of the section holding the paragraph at `index` (0 when none).
    /// Sections hold consecutive paragraphs, like paragraphs sentences.
    public func sectionNumber(ofParagraph index: Int) -> Int {
        let sections = storedSections
        if sections.isEmpty { return paragraphs.indices.contains(index) ? 1 : 0 }
        var low = 0
        var high = sections.count
        while low < high {
            let mid = (low + high) / 2
            if sections[mid].paragraphs.upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < sections.count && sections[low].paragraphs.contains(index) ? sections[low].number : 0
    }
}
