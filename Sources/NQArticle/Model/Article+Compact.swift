extension Article {
    /// Gives every layer an array of exactly its size. Arrays grown by appending keep up to
    /// twice the room they need; over a large corpus that slack is a good part of its memory.
    public func compact() {
        sections = Self.exact(sections)
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
