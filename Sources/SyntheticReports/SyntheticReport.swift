/// A generated report: its UTF-8 text, every figure with its byte range, the errors planted in
/// it (if any) and the figures of each department it contains.
public struct GeneratedReport: Sendable {
    public var bytes: [UInt8]
    public var figures: [GeneratedFigure]
    public var plantedErrors: [PlantedError]
    public var departments: [DepartmentFigures]
    public var layout: ReportLayout

    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public var lineCount: Int { bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }

    /// The text of `range` (a figure or planted error range).
    public func text(at range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// 1-based line number of a byte offset.
    public func line(of offset: Int) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// A copy with `plans` planted in department `department`. Throws when a target does not exist.
    public func planting(_ plans: [ErrorPlan], department: Int = 0) throws -> GeneratedReport {
        var planter = ErrorPlanter(self)
        for plan in plans { try planter.plant(plan, department: department) }
        return planter.report
    }
}

/// Entry points of the generator. Everything is deterministic: the same seed and options give
/// the same bytes on every run and platform.
public enum SyntheticReports {
    /// The figures of one department.
    public static func department(seed: UInt64, options: DepartmentGenerator.Options = .init()) -> DepartmentFigures {
        var generator = DepartmentGenerator(seed: seed, options: options)
        return generator.generate()
    }

    /// One department's report in `layout`.
    public static func report(seed: UInt64, layout: ReportLayout = .shanxiTab,
                              options: DepartmentGenerator.Options = .init()) -> GeneratedReport {
        var options = options
        options.amountsInYuan = layout.amountsInYuan
        return render([department(seed: seed, options: options)], layout: layout)
    }

    /// Renders departments one after another into one document (a compiled volume).
    public static func render(_ departments: [DepartmentFigures], layout: ReportLayout) -> GeneratedReport {
        var builder = ReportTextBuilder(capacity: departments.count * 80_000)
        for (index, department) in departments.enumerated() {
            builder.department = index
            switch layout {
            case .shanxiTab: ShanxiDocumentWriter(f: department, markdown: false, yuan: false).write(&builder)
            case .shanxiMarkdown: ShanxiDocumentWriter(f: department, markdown: true, yuan: false).write(&builder)
            case .yuanUnit: ShanxiDocumentWriter(f: department, markdown: false, yuan: true).write(&builder)
            case .henanSpaceSeparated: HenanDocumentWriter(f: department).write(&builder)
            }
        }
        return GeneratedReport(bytes: builder.bytes, figures: builder.figures, plantedErrors: [],
                               departments: departments, layout: layout)
    }

    /// A volume of `count` departments (seeds derived from `seed`), with `errorsPerDepartment`
    /// realistic errors planted in each (chosen deterministically from the seed).
    public static func volume(departments count: Int, seed: UInt64, layout: ReportLayout = .shanxiTab,
                              errorsPerDepartment: Int = 0) -> GeneratedReport {
        var seeds = SplitMix64(seed: seed)
        let departments = (0..<count).map { _ in
            department(seed: seeds.next(), options: .init(amountsInYuan: layout.amountsInYuan))
        }
        var report = render(departments, layout: layout)
        guard errorsPerDepartment > 0 else { return report }
        var planter = ErrorPlanter(report)
        for index in 0..<count {
            var rng = SplitMix64(seed: seed ^ UInt64(index &+ 1) &* 0x9E37_79B9)
            var planted = 0
            for plan in ErrorSprinkler.candidates(for: departments[index], rng: &rng) where planted < errorsPerDepartment {
                // Plans whose target the layout does not print (e.g. no 统计表 in the Henan template) are skipped.
                if (try? planter.plant(plan, department: index)) != nil { planted += 1 }
            }
        }
        report = planter.report
        return report
    }
}
