import Catalog
import Report

extension NameRule {
    /// O-09-TABLES: a code the catalog does not know, named differently in two tables of the
    /// same report. Warning on every row whose name differs from the most common one (the
    /// first in a tie), with a fix to that name. For a code in the catalog, O-09-CATALOG
    /// reports every name that differs from the catalog's, naming the disagreeing tables.
    public static let namesAcrossTables = NameRule(
        code: "O-09-TABLES",
        title: LocalizedText(zh: "同一科目在不同表中名称不一致", en: "Subject named differently in two tables"),
        severity: .warning
    ) { occurrences, catalog in
        var findings: [Finding] = []
        for digits in occurrences.codes {
            let named = occurrences.occurrences(of: digits).filter { $0.name != nil }
            guard named.count > 1 else { continue }
            if let code = named[0].classificationCode, catalog.entry(for: code) != nil { continue }
            let keys = named.map { SubjectName.normalized($0.name?.written ?? "") }
            guard Set(keys).count > 1 else { continue }
            var counts: [String: Int] = [:]
            for key in keys { counts[key, default: 0] += 1 }
            var referenceIndex = 0
            for index in keys.indices where counts[keys[index], default: 0] > counts[keys[referenceIndex], default: 0] {
                referenceIndex = index
            }
            guard let referenceName = named[referenceIndex].name else { continue }
            let reference = named[referenceIndex]
            for (index, occurrence) in named.enumerated() where keys[index] != keys[referenceIndex] {
                guard let written = occurrence.name else { continue }
                findings.append(Finding(
                    code: "O-09-TABLES", severity: .warning, range: written.range,
                    message: LocalizedText(
                        zh: "\(occurrence.tableLabel.zh) 科目 \(digits) 的名称“\(written.written)”与\(reference.tableLabel.zh)“\(referenceName.written)”不一致",
                        en: "\(occurrence.tableLabel.en): the name “\(written.written)” of subject \(digits) differs from \(reference.tableLabel.en) “\(referenceName.written)”"),
                    related: [RelatedLocation(range: referenceName.range, message: LocalizedText(
                        zh: "\(reference.tableLabel.zh)写作“\(referenceName.written)”",
                        en: "\(reference.tableLabel.en) writes “\(referenceName.written)”"))],
                    fixes: occurrence.renameFix(to: referenceName.written)))
            }
        }
        return findings
    }
}
