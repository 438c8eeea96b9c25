import Catalog
import Report

extension NameRule {
    /// O-09-UNKNOWN: a code the catalog does not have (or digits that are no subject code).
    /// Information, not an error: the built-in catalog holds the codes seen in published
    /// reports; the full official catalog can be added with `catalogFiles`.
    public static let unknownCode = NameRule(
        code: "O-09-UNKNOWN",
        title: LocalizedText(zh: "科目代码不在科目目录中", en: "Subject code not in the catalog"),
        severity: .information
    ) { occurrences, catalog in
        occurrences.all.compactMap { occurrence in
            let digits = occurrence.code.text
            guard let code = occurrence.classificationCode else {
                return Finding(code: "O-09-UNKNOWN", severity: .information, range: occurrence.code.range, message: LocalizedText(
                    zh: "“\(digits)”不是有效的科目代码（功能分类为以 2 开头的 3/5/7 位数字，经济分类为以 3 开头的 3/5 位数字）",
                    en: "“\(digits)” is not a valid subject code (function codes: 3/5/7 digits starting with 2; economic codes: 3/5 digits starting with 3)"))
            }
            guard catalog.entry(for: code) == nil else { return nil }
            let known = catalog.chain(for: code).knownText
            var zh = "科目代码 \(digits) 不在科目目录中"
            var en = "subject code \(digits) is not in the catalog"
            if !known.isEmpty {
                zh += "（已知上级：\(known)）"
                en += " (known parents: \(known))"
            }
            zh += "；可在设置 catalogFiles 中加入完整的官方科目目录"
            en += "; add the full official catalog with the catalogFiles setting"
            return Finding(code: "O-09-UNKNOWN", severity: .information, range: occurrence.code.range,
                           message: LocalizedText(zh: zh, en: en))
        }
    }
}
