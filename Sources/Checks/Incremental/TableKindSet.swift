import Report

/// A set of table kinds as one bit each: which tables a rule looked up while it ran.
struct TableKindSet: Sendable, Hashable {
    private(set) var bits: UInt32 = 0

    /// Each kind's bit, by its position in `TableKind.allCases`.
    private static let bitOfKind: [TableKind: UInt32] = {
        var result: [TableKind: UInt32] = [:]
        for (i, kind) in TableKind.allCases.enumerated() { result[kind] = 1 << UInt32(i) }
        return result
    }()

    static let all: TableKindSet = {
        var set = TableKindSet()
        for kind in TableKind.allCases { set.insert(kind) }
        return set
    }()

    mutating func insert(_ kind: TableKind) { bits |= Self.bitOfKind[kind] ?? 0 }

    func contains(_ kind: TableKind) -> Bool { bits & (Self.bitOfKind[kind] ?? 0) != 0 }

    func isSubset(of other: TableKindSet) -> Bool { bits & ~other.bits == 0 }
}
