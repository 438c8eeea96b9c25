/// Measure words that make a number a count (`4个`, `9辆`, `0台（套）`), longest first.
enum MeasureWord {
    static let all = ByteLiteralSet([
        "个百分点", "台(套)", "批次", "人次", "个", "辆", "人", "台", "套", "家", "项", "次", "名", "户",
        "件", "份", "处", "所", "批", "场", "期", "天", "座", "栋", "间", "张", "条", "篇", "年",
    ])

    static func match(_ bytes: [UInt8], at i: Int, end: Int) -> [UInt8]? {
        all.match(bytes, at: i, end: end)
    }
}
