/// The subject-code catalog: codes with names, explanations and sources, looked up by code, by chain,
/// by code prefix and by name.
///
/// `Catalog.builtIn` is the catalog bundled with juesuan-ls (loaded on first use); `layered(with:)` puts
/// user catalogs on top of it (user entries win). A catalog is an immutable value and cheap to copy.
public struct Catalog: Sendable {
    /// Immutable lookup tables shared by copies of a catalog.
    final class Storage: Sendable {
        /// Sorted by code digits, so a code's descendants follow it directly.
        let entries: [CatalogEntry]
        let indexByCode: [String: Int]
        let sources: [String: SourceDocument]
        let table01Labels: [Table01CategoryLabel]
        /// Positions in `entries` by normalised name, in code order (the checks look names up on every keystroke).
        let positionsByName: [String: [Int]]
        /// Position in `table01Labels` of the first label with a normalised name.
        let table01LabelByName: [String: Int]

        init(entries: [CatalogEntry], sources: [String: SourceDocument], table01Labels: [Table01CategoryLabel]) {
            self.entries = entries.sorted { $0.code < $1.code }
            var index: [String: Int] = [:]
            var byName: [String: [Int]] = [:]
            for (position, entry) in self.entries.enumerated() {
                index[entry.code.digits] = position
                byName[entry.normalizedName, default: []].append(position)
            }
            self.indexByCode = index
            self.positionsByName = byName
            self.sources = sources
            self.table01Labels = table01Labels
            var labels: [String: Int] = [:]
            for (position, label) in table01Labels.enumerated() {
                let name = SubjectName.normalized(label.name)
                if labels[name] == nil { labels[name] = position }
            }
            self.table01LabelByName = labels
        }
    }

    let storage: Storage
    /// Everything that went wrong while loading this catalog and the user catalogs layered on it.
    public let problems: [CatalogProblem]

    init(storage: Storage, problems: [CatalogProblem]) {
        self.storage = storage
        self.problems = problems
    }

    /// A catalog holding exactly `entries` (later entries with the same code win).
    public init(entries: [CatalogEntry]) {
        var unique: [String: CatalogEntry] = [:]
        for entry in entries { unique[entry.code.digits] = entry }
        self.init(storage: Storage(entries: Array(unique.values), sources: [:], table01Labels: []), problems: [])
    }

    /// A catalog without codes.
    public static let empty = Catalog(entries: [])

    /// The catalog bundled with juesuan-ls, loaded on first use. Empty, with a problem, when the resource
    /// is missing.
    public static var builtIn: Catalog { BuiltInCatalog.catalog }

    /// Reads the bundled resource afresh: what the first use of `builtIn` costs (for the benchmark;
    /// everything else should use `builtIn`, which is loaded once).
    public static func readBuiltIn() -> Catalog {
        BuiltInCatalog.load(resourceDirectory: BuiltInCatalog.resourceDirectory())
    }

    /// This catalog with `userCatalogs` on top: an entry of a user catalog replaces the entry with the same
    /// code; among user catalogs, later ones win. Problems of every user catalog are kept.
    public func layered(with userCatalogs: [UserCatalog]) -> Catalog {
        guard !userCatalogs.isEmpty else { return self }
        var merged: [String: CatalogEntry] = [:]
        for entry in storage.entries { merged[entry.code.digits] = entry }
        for userCatalog in userCatalogs {
            for entry in userCatalog.entries { merged[entry.code.digits] = entry }
        }
        let storage = Storage(entries: Array(merged.values), sources: storage.sources,
                              table01Labels: storage.table01Labels)
        return Catalog(storage: storage, problems: problems + userCatalogs.flatMap(\.problems))
    }

    // MARK: - Codes

    /// Every entry, sorted by code.
    public var entries: [CatalogEntry] { storage.entries }

    /// Number of codes.
    public var count: Int { storage.entries.count }

    /// The entry for `code`, nil when the catalog does not have it.
    public func entry(for code: ClassificationCode) -> CatalogEntry? {
        storage.indexByCode[code.digits].map { storage.entries[$0] }
    }

    /// The entry for a code given as text, nil when the text is not a valid code or not in the catalog.
    public func entry(forCode text: some StringProtocol) -> CatalogEntry? {
        ClassificationCode(text).flatMap(entry(for:))
    }

    /// The code with its ancestors: complete when all are known, otherwise the known part is in `knownLinks`.
    public func chain(for code: ClassificationCode) -> CodeChain {
        CodeChain(code: code, links: code.lineage.map { CodeChain.Link(code: $0, entry: entry(for: $0)) })
    }

    /// The codes one level below `code`, in code order.
    public func children(of code: ClassificationCode) -> [CatalogEntry] {
        let childLength = code.digits.utf8.count + 2
        return entries(withCodePrefix: code.digits).filter { $0.code.digits.utf8.count == childLength }
    }

    // MARK: - Sources

    /// The cited document for a key of `CatalogEntry.sourceKeys` / `explanationSourceKeys`.
    public func sourceDocument(forKey key: String) -> SourceDocument? { storage.sources[key] }

    /// The documents the entry's code and name were read from (as far as listed; see `moreSourceCount`).
    public func sourceDocuments(for entry: CatalogEntry) -> [SourceDocument] {
        entry.sourceKeys.compactMap { storage.sources[$0] }
    }

    /// The documents the entry's explanation was quoted from.
    public func explanationSourceDocuments(for entry: CatalogEntry) -> [SourceDocument] {
        entry.explanationSourceKeys.compactMap { storage.sources[$0] }
    }

    // MARK: - Search (completion)

    /// Codes starting with `prefix` (ASCII digits), in code order: the code itself first, then its
    /// descendants depth-first. Empty when `prefix` is empty or not all digits.
    public func search(codePrefix prefix: some StringProtocol, kind: ClassificationCode.Kind? = nil,
                       limit: Int = 50) -> [CatalogEntry] {
        let prefix = String(prefix)
        guard !prefix.isEmpty, prefix.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return [] }
        var result: [CatalogEntry] = []
        for entry in entries(withCodePrefix: prefix) where kind == nil || entry.code.kind == kind {
            guard result.count < limit else { break }
            result.append(entry)
        }
        return result
    }

    /// Codes whose name contains `query` after normalisation, best first: exact name, then names starting
    /// with the query, then names containing it; by code within each group.
    public func search(name query: some StringProtocol, kind: ClassificationCode.Kind? = nil,
                       limit: Int = 50) -> [CatalogMatch] {
        let needle = SubjectName.normalized(query)
        guard !needle.isEmpty else { return [] }
        var matches: [CatalogMatch] = []
        for entry in storage.entries where kind == nil || entry.code.kind == kind {
            let name = entry.normalizedName
            if name == needle {
                matches.append(CatalogMatch(entry: entry, quality: .exactName))
            } else if name.hasPrefix(needle) {
                matches.append(CatalogMatch(entry: entry, quality: .namePrefix))
            } else if name.contains(needle) {
                matches.append(CatalogMatch(entry: entry, quality: .nameSubstring))
            }
        }
        // `entries` is in code order and the sort is stable, so codes stay ordered within a quality.
        let ranked = matches.enumerated().sorted {
            ($0.element.quality, $0.offset) < ($1.element.quality, $1.offset)
        }
        return ranked.prefix(limit).map(\.element)
    }

    /// Every entry whose name equals `name` after normalisation, in code order (several for `行政运行`).
    public func entries(named name: some StringProtocol, kind: ClassificationCode.Kind? = nil) -> [CatalogEntry] {
        let positions = storage.positionsByName[SubjectName.normalized(name)] ?? []
        return positions.map { storage.entries[$0] }.filter { kind == nil || $0.code.kind == kind }
    }

    // MARK: - 类 labels

    /// The 类 labels of table 公开01, in table order (26 in the 2024 Shanxi template).
    public var table01Labels: [Table01CategoryLabel] { storage.table01Labels }

    /// The function 类 a label names: `一、一般公共服务支出` → 201, `一般公共服务支出(类)` → 201,
    /// `二、外交支出` → a match without code (no source confirms it). The ordinal, whitespace, width and a
    /// trailing `(类)` are ignored. Nil when no 类 has that name.
    public func category(forLabel label: some StringProtocol) -> CategoryLabelMatch? {
        var needle = SubjectName.normalized(SubjectName.strippingOrdinal(label))
        if needle.hasSuffix("(类)") { needle.removeLast(3) }
        guard !needle.isEmpty else { return nil }
        let table01Label = storage.table01LabelByName[needle].map { storage.table01Labels[$0] }
        let entry = (storage.positionsByName[needle] ?? []).lazy.map { storage.entries[$0] }.first {
            $0.code.kind == .function && $0.code.level == .category
        }
        if let entry {
            return CategoryLabelMatch(name: entry.name, code: entry.code, entry: entry, table01Label: table01Label)
        }
        guard let table01Label else { return nil }
        let code = table01Label.code
        return CategoryLabelMatch(name: table01Label.name, code: code, entry: code.flatMap(entry(for:)),
                                  table01Label: table01Label)
    }

    // MARK: - Internals

    /// The contiguous run of entries whose code starts with `prefix` (binary search in the sorted entries).
    private func entries(withCodePrefix prefix: String) -> ArraySlice<CatalogEntry> {
        let entries = storage.entries
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].code.digits < prefix { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < entries.count, entries[end].code.digits.hasPrefix(prefix) { end += 1 }
        return entries[low..<end]
    }
}

/// A name-search result and how well it matched.
public struct CatalogMatch: Sendable, Hashable {
    /// How a name matched a query, best first.
    public enum Quality: Int, Sendable, Hashable, Comparable {
        case exactName = 0
        case namePrefix = 1
        case nameSubstring = 2

        public static func < (lhs: Quality, rhs: Quality) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let entry: CatalogEntry
    public let quality: Quality
}
