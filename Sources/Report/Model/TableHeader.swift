/// A value read from a table's or a report's header, with the range it was read from.
public struct HeaderField<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var range: SourceRange

    public init(value: Value, range: SourceRange) {
        self.value = value
        self.range = range
    }

    func shifted(by delta: Int) -> HeaderField {
        HeaderField(value: value, range: range.shifted(by: delta))
    }
}

/// The fields printed between a table's title and its grid.
public struct TableHeader: Sendable, Hashable {
    /// `公开NN表` (may be split over lines, or spaced: `公开 01 表`).
    public var declaredNumber: HeaderField<Int>?
    /// 部门名称 / 单位名称 / 部门 (a name broken over two lines is joined).
    public var department: HeaderField<String>?
    /// `2024年度`.
    public var year: HeaderField<Int>?
    /// 金额单位 / 单位: 万元 or 元.
    public var unit: HeaderField<AmountUnit>?

    public init(declaredNumber: HeaderField<Int>? = nil, department: HeaderField<String>? = nil,
                year: HeaderField<Int>? = nil, unit: HeaderField<AmountUnit>? = nil) {
        self.declaredNumber = declaredNumber
        self.department = department
        self.year = year
        self.unit = unit
    }

    func shifted(by delta: Int) -> TableHeader {
        guard delta != 0 else { return self }
        return TableHeader(declaredNumber: declaredNumber?.shifted(by: delta), department: department?.shifted(by: delta),
                           year: year?.shifted(by: delta), unit: unit?.shifted(by: delta))
    }
}
