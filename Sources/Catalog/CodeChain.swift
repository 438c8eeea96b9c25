/// A code with its ancestors, each with its catalog entry when the catalog knows it:
/// `201 一般公共服务支出 › 20104 发展与改革事务 › 2010401 行政运行`.
///
/// The chain is what tells apart the many codes sharing one name (`行政运行` under 20104, 20113, 21505 …).
public struct CodeChain: Sendable, Hashable {
    /// One level of the chain.
    public struct Link: Sendable, Hashable {
        public let code: ClassificationCode
        /// Nil when the catalog does not know this code.
        public let entry: CatalogEntry?

        /// `2010401 行政运行`, or the bare code when unknown.
        public var text: String {
            if let entry { "\(code.digits) \(entry.name)" } else { code.digits }
        }
    }

    /// From the 类 down to the code itself.
    public let links: [Link]

    /// The code the chain was made for (the last link).
    public let code: ClassificationCode

    init(code: ClassificationCode, links: [Link]) {
        self.code = code
        self.links = links
    }

    /// The code's own entry, nil when the code is not in the catalog.
    public var entry: CatalogEntry? { links.last?.entry }

    /// True when every level is in the catalog.
    public var isComplete: Bool { links.allSatisfy { $0.entry != nil } }

    /// The levels the catalog knows (for an unknown code: the part of its chain that is known).
    public var knownLinks: [Link] { links.filter { $0.entry != nil } }

    /// Every level joined by ` › `; unknown levels appear as the bare code.
    public var text: String { Self.join(links) }

    /// Only the known levels joined by ` › `; empty when none is known.
    public var knownText: String { Self.join(knownLinks) }

    private static func join(_ links: [Link]) -> String {
        links.map(\.text).joined(separator: " › ")
    }
}
