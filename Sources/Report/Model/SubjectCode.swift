/// A 科目代码 / 科目编码 written in a row.
public struct SubjectCode: Sendable, Hashable, Codable {
    /// The digits as written (`2080505`).
    public var text: String
    public var range: SourceRange
    /// 支出功能分类 (tables 02, 03, 05, 07, 08) or 部门预算支出经济分类 (06).
    public var classification: SubjectClassification

    public init(text: String, range: SourceRange, classification: SubjectClassification) {
        self.text = text
        self.range = range
        self.classification = classification
    }

    /// 类 / 款 / 项 by the number of digits (function: 3/5/7; economic: 3/5).
    public var level: SubjectLevel? {
        switch (classification, text.utf8.count) {
        case (_, 3): return .category
        case (_, 5): return .section
        case (.function, 7): return .item
        default: return nil
        }
    }

    /// The code one level up (`2080505` → `20805`, `20805` → `208`), nil for a 类.
    public var parentCode: String? {
        let n = text.utf8.count
        guard n == 5 || n == 7 else { return nil }
        return String(text.prefix(n - 2))
    }

    /// The 3-digit 类 this code belongs to.
    public var categoryCode: String { String(text.prefix(3)) }

    func shifted(by delta: Int) -> SubjectCode {
        var copy = self
        copy.range = range.shifted(by: delta)
        return copy
    }
}

/// Which classification a subject code comes from.
public enum SubjectClassification: String, Sendable, Hashable, Codable {
    case function   // 支出功能分类科目
    case economic   // 部门预算支出经济分类科目
}

/// 类 (3 digits), 款 (5 digits), 项 (7 digits, function classification only).
public enum SubjectLevel: String, Sendable, Hashable, Codable {
    case category   // 类
    case section    // 款
    case item       // 项
}
