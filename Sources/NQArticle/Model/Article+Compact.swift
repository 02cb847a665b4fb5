extension Article {
    /// Gives every layer an array of exactly its size, and drops the lone untitled section of an
    /// article without headings (made from the paragraphs when asked for). Arrays grown by
    /// appending keep up to twice the room they need; over a large corpus that slack is a good
    /// part of its memory, and so is an array header for a section that says nothing.
    public func compact() {
        if storedSections.count == 1, !paragraphs.isEmpty, storedSections[0] == untitledSection {
            storedSections = []
        } else {
            storedSections = Self.exact(storedSections)
        }
        paragraphs = Self.exact(paragraphs)
        sentences = Self.exact(sentences)
        quotes = Self.exact(quotes)
        entities = Self.exact(entities)
        mentions = Self.exact(mentions)
        figures = Self.exact(figures)
        dates = Self.exact(dates)
    }

    /// A copy of the array in storage of exactly its size (the array itself when it has no slack).
    static func exact<Element>(_ array: [Element]) -> [Element] {
        guard array.capacity > array.count else { return array }
        return array.withUnsafeBufferPointer { Array($0) }
    }
}
