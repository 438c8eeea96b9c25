/// A 类 label as printed in the 支出 column of table 公开01 (收入支出决算总表), e.g. `二十三、其他支出`.
public struct Table01CategoryLabel: Sendable, Hashable {
    /// 1-based position among the 类 labels of table 01 (`一、` is 1).
    public let row: Int
    /// The label as printed, with its ordinal: `一、一般公共服务支出`.
    public let label: String
    /// The 类 name: `一般公共服务支出`.
    public let name: String
    /// The 类 code when the sources confirm it; nil for the labels the sources print without a code
    /// (外交支出, 交通运输支出, 金融支出, 援助其他地区支出, 国有资本经营预算支出, 债务还本支出, 债务付息支出,
    /// 抗疫特别国债安排的支出).
    public let code: ClassificationCode?
}

/// The answer to "which 类 does this label name?".
public struct CategoryLabelMatch: Sendable, Hashable {
    /// The 类 name the label was matched to, as the catalog or table 01 spells it.
    public let name: String
    /// The 类 code, nil when no source gives one.
    public let code: ClassificationCode?
    /// The catalog entry when the code is in the catalog.
    public let entry: CatalogEntry?
    /// The label's place in table 01 when it is one of the template's labels.
    public let table01Label: Table01CategoryLabel?
}
