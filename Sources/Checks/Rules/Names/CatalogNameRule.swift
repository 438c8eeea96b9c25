import Catalog
import Report

extension NameRule {
    /// O-09-CATALOG: a code whose written name differs from the catalog's (after removing
    /// whitespace and unifying character width and quotes). Warning, with a fix to the catalog
    /// name; the other tables' rows of the code are related, so a name that also differs
    /// between tables (seed 001: 21505, 21599 in 02 vs 03/05) is shown in one place.
    public static let catalogName = NameRule(
        code: "O-09-CATALOG",
        title: LocalizedText(zh: "科目名称与科目目录不一致", en: "Subject name differs from the catalog"),
        severity: .warning
    ) { occurrences, catalog in
        var findings: [Finding] = []
        for occurrence in occurrences.all {
            guard let code = occurrence.classificationCode, let written = occurrence.name,
                  let entry = catalog.entry(for: code), !entry.nameMatches(written.written) else { continue }
            let others = occurrences.occurrences(of: code.digits).filter { $0.tableIndex != occurrence.tableIndex }
            let related = others.compactMap { other -> RelatedLocation? in
                guard let name = other.name else { return nil }
                return RelatedLocation(range: name.range, message: LocalizedText(
                    zh: "\(other.tableLabel.zh)写作“\(name.written)”", en: "\(other.tableLabel.en) writes “\(name.written)”"))
            }
            let disagreeing = others.filter { other in
                other.name.map { !SubjectName.matches($0.written, written.written) } ?? false
            }
            var zh = "\(occurrence.tableLabel.zh) 科目 \(code.digits) 的名称“\(written.written)”与科目目录“\(entry.name)”不一致"
            var en = "\(occurrence.tableLabel.en): the name “\(written.written)” of subject \(code.digits) differs from the catalog name “\(entry.name)”"
            if !disagreeing.isEmpty {
                let labels = disagreeing.map(\.tableLabel)
                zh += "，也与\(labels.map(\.zh).joined(separator: "、"))不一致"
                en += ", and from \(labels.map(\.en).joined(separator: ", "))"
            }
            findings.append(Finding(code: "O-09-CATALOG", severity: .warning, range: written.range,
                                    message: LocalizedText(zh: zh, en: en), related: related,
                                    fixes: occurrence.renameFix(to: entry.name)))
        }
        return findings
    }
}
