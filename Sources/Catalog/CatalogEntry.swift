/// One code of the catalog with its name and what is known about it.
public struct CatalogEntry: Sendable, Hashable {
    /// Where an entry comes from.
    public enum Origin: Sendable, Hashable {
        /// The catalog bundled with juesuan-ls.
        case builtIn
        /// A user catalog file (path as given) and the 1-based line.
        case userFile(String, line: Int)
    }

    /// In which budget years the built-in sources show the code.
    public enum Attestation: Sendable, Hashable {
        /// Seen in a 2024 document (final accounts, template or budget).
        case year2024
        /// Seen only in 2025 or 2026 budgets: a real code of those years, not confirmed for 2024.
        case laterYearsOnly
        /// From a user catalog: no statement about years.
        case userSupplied
    }

    public let code: ClassificationCode
    /// The name as the catalog spells it (full-width parentheses).
    public let name: String
    /// The 科目说明 text when known.
    public let explanation: String?
    public let origin: Origin
    public let attestation: Attestation
    /// Keys of the documents the code and name were read from (see `Catalog.sourceDocument(forKey:)`).
    public let sourceKeys: [String]
    /// How many further documents show the code beyond `sourceKeys`.
    public let moreSourceCount: Int
    /// Keys of the documents the explanation was quoted from.
    public let explanationSourceKeys: [String]
    /// `SubjectName.normalized(name)`, kept for comparisons and search.
    let normalizedName: String

    public init(code: ClassificationCode, name: String, explanation: String? = nil, origin: Origin,
                attestation: Attestation, sourceKeys: [String] = [], moreSourceCount: Int = 0,
                explanationSourceKeys: [String] = []) {
        self.code = code
        self.name = name
        self.explanation = explanation
        self.origin = origin
        self.attestation = attestation
        self.sourceKeys = sourceKeys
        self.moreSourceCount = moreSourceCount
        self.explanationSourceKeys = explanationSourceKeys
        self.normalizedName = SubjectName.normalized(name)
    }

    /// True when `writtenName` is this entry's name up to whitespace, character width and quote style.
    public func nameMatches(_ writtenName: some StringProtocol) -> Bool {
        SubjectName.normalized(writtenName) == normalizedName
    }
}

/// A document cited as the source of catalog data.
public struct SourceDocument: Sendable, Hashable {
    /// Short key used in the resource (`S000`, `G07`, `W1`).
    public let key: String
    /// Year and kind, e.g. `2024决算`, `2026预算`, or `explanation` for a page quoted for explanations.
    public let year: String
    /// What the document is and where it is.
    public let document: String

    public init(key: String, year: String, document: String) {
        self.key = key
        self.year = year
        self.document = document
    }
}
