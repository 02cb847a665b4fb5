import Testing

@testable import NQArticle

/// `HashedPositions` finds positions by hash and the caller's confirmation.
@Suite struct HashedPositionsTests {
    @Test func findsWhatWasStoredAndGrows() {
        let keys = (0..<100).map { "key \($0)" }
        var index = HashedPositions(capacity: 2)
        for (position, key) in keys.enumerated() { index.insert(HashedPositions.hash(key), position) }
        for (position, key) in keys.enumerated() {
            #expect(index.find(HashedPositions.hash(key)) { keys[$0] == key } == position)
        }
        #expect(index.find(HashedPositions.hash("key 100")) { keys[$0] == "key 100" } == nil)
    }

    @Test func aCollisionIsSettledByTheConfirmation() {
        var index = HashedPositions(capacity: 4)
        index.insert(7, 0)
        index.insert(7, 1)
        #expect(index.find(7) { $0 == 1 } == 1)
        #expect(index.find(7) { _ in false } == nil)
    }

    @Test func equalStringsHashAlikeWhateverTheirBytes() {
        #expect(HashedPositions.hash("caf\u{E9}") == HashedPositions.hash("cafe\u{301}"))
        #expect(HashedPositions.hash("nato", tag: 1) != HashedPositions.hash("nato", tag: 2))
        #expect(HashedPositions.hash("nato") == HashedPositions.hash("the nato".dropFirst(4)))
    }
}
