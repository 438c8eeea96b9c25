/// What a passage of 情况说明/概况 is about, read from the titles of the sections around it
/// (the Shanxi and Henan templates number their sections differently, so ordinals are not used).
public enum NarrativeTopic: String, Sendable, Hashable, CaseIterable {
    case totals, income, expenditure, fiscal, generalBudget, basic, governmentFund, stateCapital
    case threePublic, runningCost, procurement, assets, performance, organization, other

    /// The topic a section title names, nil when it names none (`（一）总体情况`).
    static func named(by title: String) -> NarrativeTopic? {
        let t = title
        if t.contains("三公") { return .threePublic }
        if t.contains("机关运行经费") { return .runningCost }
        if t.contains("政府采购") { return .procurement }
        if t.contains("国有资产") { return .assets }
        if t.contains("绩效") { return .performance }
        if t.contains("政府性基金") { return .governmentFund }
        if t.contains("国有资本经营") { return .stateCapital }
        if t.contains("基本支出") { return .basic }
        if t.contains("一般公共预算") { return .generalBudget }
        if t.contains("财政拨款收入支出") || t.contains("财政拨款收支") { return .fiscal }
        if t.contains("收入支出决算总体") || t.contains("收支决算总体") { return .totals }
        if t.contains("收入决算") { return .income }
        if t.contains("支出决算") { return .expenditure }
        if t.contains("机构设置") { return .organization }
        return nil
    }
}
