import Testing

@testable import NQArticle

/// An entity's aliases read and appended in place answer as its array of aliases does.
@Suite struct EntityAliasTests {
    @Test func hasAliasReadsEveryAliasAsTheArrayHasThem() {
        for aliases in [["Rutte"], ["Rutte", "NATO chief"], ["", "Mr. Rutte", ""], ["a", "", "b"], ["Jos\u{E9}"]] {
            var entity = Entity(name: "Mark Rutte", type: .person)
            entity.aliases = aliases
            var read: [String] = []
            #expect(
                !entity.hasAlias(where: {
                    read.append(String($0))
                    return false
                }))
            #expect(read == entity.aliases, "\(aliases)")
            for alias in aliases { #expect(entity.hasAlias(where: { $0 == alias })) }
            #expect(!entity.hasAlias(where: { $0 == "Trump" }))
        }
        #expect(!Entity(name: "Mark Rutte", type: .person).hasAlias(where: { _ in true }))
    }

    @Test func appendAliasAppendsAsTheArrayWould() {
        var appended = Entity(name: "Mark Rutte", type: .person)
        var expected = appended
        for alias in ["Rutte", "NATO chief", "Mr. Rutte"] {
            appended.appendAlias(alias)
            expected.aliases.append(alias)
            #expect(appended.joinedAliases == expected.joinedAliases)
            #expect(appended.aliases == expected.aliases)
        }
    }
}
