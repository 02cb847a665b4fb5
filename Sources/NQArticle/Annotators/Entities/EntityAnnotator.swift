import NQSource

/// Finds people, organisations and places, and links each mention to one entity.
public struct EntityAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The entity layer of an article.
    public func annotate(_ context: AnalysisContext) -> EntityLayer {
        let chunks = NameChunker(context: context).chunks()
        let (lowerWords, articles) = Self.lowerWords(context, chunks: chunks)
        let classifier = NameClassifier(context: context, lowerWords: lowerWords)
        var candidates: [NameCandidate] = []
        candidates.reserveCapacity(chunks.count)
        // Read in place: a chunk copied out of the array would retain and release its words.
        chunks.withUnsafeBufferPointer { chunks in
            for index in chunks.indices { classifier.classify(chunks[index], into: &candidates) }
        }
        var resolver = EntityResolver(context: context)
        // Handed over: the resolver changes candidates in place, with no copy of the array.
        var layer = resolver.resolve(consume candidates, defaultSingle: nil)
        TitleLinker.link(&layer, context: context, articles: articles)
        NationalityLinker.link(&layer, chunks: chunks, context: context)
        return layer
    }

    /// Hashes of the capitalised words opening a chunk or in headlines that the article also writes
    /// in lower case ("Despite" when "despite" occurs), which are then no names;
    /// and, found on the same pass, the indexes of the tokens "the" and "The".
    static func lowerWords(_ context: AnalysisContext, chunks: [NameChunk]) -> (WordHashes, articles: [Int]) {
        let bytes = context.bytes
        var needed: [UInt64] = []
        needed.reserveCapacity(chunks.count + 16)
        // A 4096-bit filter on (length, first letter, last letter), so that most tokens are
        // rejected before any hashing.
        var filter = [UInt64](repeating: 0, count: 64)
        func slot(_ span: SourceSpan) -> Int {
            filterBit(length: span.length, first: bytes[span.lower], last: bytes[span.upper - 1])
        }
        // Every chunk's first word too: "Team Trump" opens with an ordinary word, "Donald Trump" not.
        // (Read in place: a chunk or its words copied out would be retained and released.)
        chunks.withUnsafeBufferPointer { chunks in
            for chunk in chunks.indices {
                let inHeadline = chunks[chunk].inHeadline
                for position in 0..<chunks[chunk].units.count {
                    let unit = chunks[chunk].units[position]
                    // Words the gazetteers already decide need no look-up.
                    guard !unit.allCaps, unit.flags.isDisjoint(with: WordFlags.naming.union(.common)) else {
                        if !inHeadline { break }
                        continue
                    }
                    needed.append(unit.foldedHash)
                    let bit = slot(unit.span)
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                    if !inHeadline { break }
                }
            }
        }
        let table = WordHashes(needed)
        var found = WordHashes()
        var articles: [Int] = []
        // About one word in twenty is "the": room for that many, so that the array seldom grows.
        articles.reserveCapacity(context.tokens.count / 16 + 8)
        // The pass over every word of the article, on unsafe buffers.
        context.tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { text in
                filter.withUnsafeBufferPointer { filter in
                    for index in 0..<tokens.count where tokens[index].kind == .word {
                        let span = tokens[index].span
                        let lower = span.lower
                        // "the"/"The", for the title linker, found on this pass over the words.
                        if span.end &- span.start == 3, text[lower] | 0x20 == UInt8(ascii: "t"),
                            text[lower &+ 1] == UInt8(ascii: "h"), text[lower &+ 2] == UInt8(ascii: "e")
                        {
                            articles.append(index)
                            continue
                        }
                        guard !tokens[index].isCapitalized, !needed.isEmpty else { continue }
                        let bit = filterBit(
                            length: Int(span.end &- span.start), first: text[lower], last: text[span.upper &- 1])
                        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
                            // "easyJet" written as it always is, not in lower case.
                            !NameChunker.isLowerCamelCase(bytes, span)
                        else { continue }
                        let hash = WordHashSet.hash(bytes, span)
                        if table.contains(hash) { found.insert(hash) }
                    }
                }
            }
        }
        return (found, articles)
    }

    /// The bit of `lowerWords`' 4096-bit filter for a word of `length` bytes, by its first and
    /// last bytes with ASCII case ignored.
    @inline(__always)
    static func filterBit(length: Int, first: UInt8, last: UInt8) -> Int {
        (length &* 257 &+ Int(first | 0x20) &* 31 &+ Int(last | 0x20) &* 7) & 4095
    }

}
