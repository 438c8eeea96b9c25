/// A subject code (科目代码) of the 2024 government budget classification, validated.
///
/// Two classifications are supported, as they appear in 部门决算 tables:
/// - function codes (支出功能分类科目): 3, 5 or 7 digits starting with `2`
///   (类 `201`, 款 `20104`, 项 `2010401`);
/// - economic codes (部门预算支出经济分类科目): 3 or 5 digits starting with `3`
///   (类 `302`, 款 `30201`).
///
/// A code's parent is its prefix two digits shorter; every code of a chain starts with its parent.
public struct ClassificationCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The classification a code belongs to.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// 支出功能分类科目 (leading digit 2).
        case function
        /// 部门预算支出经济分类科目 (leading digit 3).
        case economic

        /// The classification's Chinese name.
        public var chineseName: String {
            switch self {
            case .function: "支出功能分类科目"
            case .economic: "部门预算支出经济分类科目"
            }
        }

        /// The classification's English name.
        public var englishName: String {
            switch self {
            case .function: "functional classification"
            case .economic: "economic classification"
            }
        }
    }

    /// The level of a code inside its classification.
    public enum Level: Int, Sendable, Hashable, Comparable, CaseIterable {
        /// 类: 3 digits.
        case category = 3
        /// 款: 5 digits.
        case section = 5
        /// 项: 7 digits (function codes only).
        case item = 7

        /// `类`, `款` or `项`.
        public var chineseName: String {
            switch self {
            case .category: "类"
            case .section: "款"
            case .item: "项"
            }
        }

        /// `class`, `section` or `item`.
        public var englishName: String {
            switch self {
            case .category: "class"
            case .section: "section"
            case .item: "item"
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The code's ASCII digits, e.g. `2010401`.
    public let digits: String
    /// Function or economic.
    public let kind: Kind

    /// Validates `text` (ASCII digits only, no surrounding spaces) as a subject code; nil when it is not one.
    public init?(_ text: some StringProtocol) {
        let utf8 = text.utf8
        guard let kind = ClassificationCode.kind(ofDigits: utf8) else { return nil }
        self.digits = String(text)
        self.kind = kind
    }

    /// Validates a code given as UTF-8 bytes (e.g. a slice of the document); nil when it is not one.
    public init?(utf8 bytes: some Collection<UInt8>) {
        guard let kind = ClassificationCode.kind(ofDigits: bytes) else { return nil }
        self.digits = String(decoding: bytes, as: UTF8.self)
        self.kind = kind
    }

    private init(uncheckedDigits: String, kind: Kind) {
        self.digits = uncheckedDigits
        self.kind = kind
    }

    /// The classification of a digit string, or nil when the string is not a valid code.
    static func kind(ofDigits bytes: some Collection<UInt8>) -> Kind? {
        var count = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            count += 1
        }
        switch (bytes.first, count) {
        case (UInt8(ascii: "2"), 3), (UInt8(ascii: "2"), 5), (UInt8(ascii: "2"), 7): return .function
        case (UInt8(ascii: "3"), 3), (UInt8(ascii: "3"), 5): return .economic
        default: return nil
        }
    }

    /// 类, 款 or 项, from the number of digits.
    public var level: Level {
        switch digits.utf8.count {
        case 3: .category
        case 5: .section
        default: .item
        }
    }

    /// The code one level up (`2010401` → `20104` → `201`); nil for a 类.
    public var parent: ClassificationCode? {
        guard level != .category else { return nil }
        return ClassificationCode(uncheckedDigits: String(digits.dropLast(2)), kind: kind)
    }

    /// The codes from the 类 down to this code, inclusive (`201`, `20104`, `2010401`).
    public var lineage: [ClassificationCode] {
        var codes = [self]
        while let parent = codes[0].parent { codes.insert(parent, at: 0) }
        return codes
    }

    /// True when `other` is this code or one of its descendants.
    public func isAncestor(ofOrEqualTo other: ClassificationCode) -> Bool {
        other.kind == kind && other.digits.hasPrefix(digits)
    }

    public var description: String { digits }

    /// Orders by digits (so a parent sorts before its children and siblings by number).
    public static func < (lhs: ClassificationCode, rhs: ClassificationCode) -> Bool { lhs.digits < rhs.digits }
}
