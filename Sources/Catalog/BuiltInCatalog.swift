import Foundation

/// Loads the catalog bundled in `Resources/` (see `Resources/SOURCES.md`) on first use.
///
/// Files: `subject-codes.tsv` (code, name, seen, sources, explanation, explanation sources),
/// `sources.tsv` (key, year, document), `table01-classes.tsv` (row, label, name, code). A missing
/// resource gives an empty catalog with a problem (also written once to standard error), never a crash.
enum BuiltInCatalog {
    static let codesFile = "subject-codes.tsv"
    static let sourcesFile = "sources.tsv"
    static let table01File = "table01-classes.tsv"

    /// Loaded once, on first access (a `static let` is initialised lazily and thread-safely).
    static let catalog: Catalog = {
        let catalog = load(resourceDirectory: resourceDirectory())
        for problem in catalog.problems {
            FileHandle.standardError.write(Data("juesuan-ls: built-in catalog: \(problem.formatted(english: false)) / \(problem.en)\n".utf8))
        }
        return catalog
    }()

    /// The bundle's `Resources` directory, nil when the bundle cannot be found.
    static func resourceDirectory() -> URL? {
        // The generated `Bundle.module` traps when the bundle is missing; look for it first so a server
        // copied without its resource bundle still starts (with an empty catalog and a problem).
        let bundleName = "juesuan-ls_Catalog.resources"
        let candidates = [Bundle.main.bundleURL, Bundle.main.resourceURL, Bundle.main.executableURL?.deletingLastPathComponent()]
        let bundleExists = candidates.contains { base in
            guard let base else { return false }
            return FileManager.default.fileExists(atPath: base.appendingPathComponent(bundleName).path)
        }
        #if os(Linux)
        guard bundleExists else { return nil }
        #else
        _ = bundleExists  // On Apple platforms the bundle layout differs; rely on `Bundle.module`.
        #endif
        // `.copy("Resources")` keeps the folder; depending on the platform's bundle layout the files are
        // found directly or under `Resources/`.
        let bundle = Bundle.module
        let codes = bundle.url(forResource: "subject-codes", withExtension: "tsv")
            ?? bundle.url(forResource: "subject-codes", withExtension: "tsv", subdirectory: "Resources")
        return codes?.deletingLastPathComponent() ?? bundle.resourceURL
    }

    /// Reads the three resource files from `directory`; problems for whatever is missing or malformed.
    static func load(resourceDirectory directory: URL?) -> Catalog {
        var problems: [CatalogProblem] = []
        func read(_ name: String) -> [[String]] {
            guard let directory,
                  let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                problems.append(CatalogProblem(
                    kind: .missingResource, file: name, line: nil,
                    zh: "内置科目目录资源缺失，科目名称与说明不可用（请与 juesuan-ls 一同安装 juesuan-ls_Catalog.resources）",
                    en: "the built-in catalog resource is missing; subject names and explanations are unavailable (install juesuan-ls_Catalog.resources next to juesuan-ls)"))
                return []
            }
            var rows: [[String]] = []
            for record in DelimitedText.records([UInt8](data), separator: .tab).dropFirst() {  // first: header
                switch record.content {
                case .success(let fields): rows.append(fields)
                case .failure(.notUTF8): problems.append(.notUTF8(name, line: record.line))
                case .failure(.unterminatedQuote): problems.append(.unterminatedQuote(name, line: record.line))
                }
            }
            return rows
        }

        var sources: [String: SourceDocument] = [:]
        for fields in read(sourcesFile) where fields.count >= 3 {
            sources[fields[0]] = SourceDocument(key: fields[0], year: fields[1], document: fields[2])
        }

        var entries: [CatalogEntry] = []
        for fields in read(codesFile) {
            guard fields.count >= 2, let code = ClassificationCode(fields[0]), !fields[1].isEmpty else { continue }
            func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
            let listed = field(3).split(separator: ",").map(String.init)
            let more = listed.last.flatMap { $0.hasPrefix("+") ? Int($0.dropFirst()) : nil }
            entries.append(CatalogEntry(
                code: code, name: fields[1],
                explanation: field(4).isEmpty ? nil : field(4),
                origin: .builtIn,
                attestation: field(2) == "later" ? .laterYearsOnly : .year2024,
                sourceKeys: more == nil ? listed : Array(listed.dropLast()),
                moreSourceCount: more ?? 0,
                explanationSourceKeys: field(5).split(separator: ",").map(String.init)))
        }

        var labels: [Table01CategoryLabel] = []
        for fields in read(table01File) where fields.count >= 3 {
            guard let row = Int(fields[0]) else { continue }
            labels.append(Table01CategoryLabel(row: row, label: fields[1], name: fields[2],
                                               code: fields.count > 3 ? ClassificationCode(fields[3]) : nil))
        }

        // One problem is enough when the whole resource directory is missing.
        if directory == nil { problems = Array(problems.prefix(1)) }
        let storage = Catalog.Storage(entries: entries, sources: sources, table01Labels: labels)
        return Catalog(storage: storage, problems: problems)
    }
}
