import Testing
@testable import ArabicText

struct OverlapPolicyTests {
    /// A candidate written as `type start end` (role for titles).
    struct Candidate: Sendable {
        var type: EntityType
        var start: Int
        var end: Int
        var role: TitleRole? = nil

        var entity: Entity {
            Entity(type: type, start: start, end: end, text: String(repeating: "x", count: end - start), role: role, rule: "test")
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let candidates: [Candidate]
        /// Kept entities as `type start end`, in output order.
        let kept: [String]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "longest of one type wins", candidates: [.init(type: .organization, start: 0, end: 5), .init(type: .organization, start: 0, end: 12)], kept: ["organization 0 12"]),
        Case(id: "earliest of equal length wins", candidates: [.init(type: .place, start: 4, end: 8), .init(type: .place, start: 2, end: 6)], kept: ["place 2 6"]),
        Case(id: "disjoint spans of one type stay", candidates: [.init(type: .count, start: 0, end: 2), .init(type: .count, start: 2, end: 4)], kept: ["count 0 2", "count 2 4"]),
        Case(id: "organisation nests in an office", candidates: [.init(type: .title, start: 0, end: 30, role: .position), .init(type: .organization, start: 5, end: 16)], kept: ["title 0 30", "organization 5 16"]),
        Case(id: "a date consumes its count", candidates: [.init(type: .count, start: 4, end: 8), .init(type: .date, start: 4, end: 8)], kept: ["date 4 8"]),
        Case(id: "a date consumes its ordinal day", candidates: [.init(type: .ordinal, start: 0, end: 5), .init(type: .date, start: 0, end: 14)], kept: ["date 0 14"]),
        Case(id: "a place inside an organisation goes", candidates: [.init(type: .organization, start: 0, end: 10), .init(type: .place, start: 6, end: 10)], kept: ["organization 0 10"]),
        Case(id: "a place inside an office stays", candidates: [.init(type: .title, start: 0, end: 15, role: .position), .init(type: .place, start: 6, end: 15)], kept: ["title 0 15", "place 6 15"]),
        Case(id: "an ordinal inside an organisation goes", candidates: [.init(type: .organization, start: 0, end: 18), .init(type: .ordinal, start: 12, end: 18)], kept: ["organization 0 18"]),
        Case(id: "an ordinal inside an honorific run goes", candidates: [.init(type: .title, start: 0, end: 14, role: .honorific), .init(type: .ordinal, start: 7, end: 10)], kept: ["title 0 14"]),
        Case(id: "an ordinal inside an office stays", candidates: [.init(type: .title, start: 0, end: 25, role: .position), .init(type: .ordinal, start: 6, end: 11)], kept: ["title 0 25", "ordinal 6 11"]),
        Case(id: "empty spans are dropped", candidates: [.init(type: .count, start: 3, end: 3)], kept: []),
    ]

    @Test(arguments: cases)
    func resolve(_ c: Case) {
        var candidates = EntityCandidates()
        for candidate in c.candidates { candidates.append(candidate.entity) }
        let result = OverlapPolicy().resolve(candidates, id: nil)
        #expect(result.entities.map { "\($0.type.rawValue) \($0.start) \($0.end)" } == c.kept)
    }

    @Test func linksAreReindexedAndDroppedWithTheirPerson() {
        var candidates = EntityCandidates()
        let org = candidates.append(Candidate(type: .organization, start: 30, end: 40).entity)
        let person = candidates.append(Candidate(type: .person, start: 10, end: 20).entity)
        let title = candidates.append(Candidate(type: .title, start: 0, end: 9, role: .honorific).entity)
        let swallowed = candidates.append(Candidate(type: .person, start: 32, end: 36).entity)
        candidates.link(person: person, titles: [title], organization: org)
        candidates.link(person: swallowed, titles: [title])
        let result = OverlapPolicy().resolve(candidates, id: "d")
        #expect(result.id == "d")
        #expect(result.entities.map(\.type) == [.title, .person, .organization])
        #expect(result.links == [EntityLink(person: 1, titles: [0], organization: 2)])
    }
}
