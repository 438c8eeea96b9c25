import Catalog
import Checks
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Report

/// The catalog analyses use: the built-in one with the user's `catalogFiles` on top. Loaded
/// once per list of files (again when a file changes) and shared by every document; a file that cannot be read or has
/// bad lines never stops the analysis: its problems become findings on the first line.
public final class CatalogLoader: @unchecked Sendable {
    /// Rule code of the findings that report catalog-file problems.
    public static let problemCode = "CATALOG-FILE"
    /// At most this many problems are listed; one more finding says how many were left out.
    static let maximumListedProblems = 20

    /// The catalog for one list of files, with the problems met loading them.
    public struct Loaded: Sendable {
        public let catalog: Catalog
        public let problems: [CatalogProblem]
        /// Different for every load: results computed with another catalog are stale.
        public let generation: Int
    }

    private let base: @Sendable () -> Catalog
    // Guarded by `lock`.
    private let lock = NSLock()
    private var cached: (files: [String], stamps: [FileStamp?], loaded: Loaded)?
    private var loads = 0

    /// What tells that a file changed: its modification date and size (nil when it cannot be read).
    struct FileStamp: Equatable {
        var modified: Date?
        var size: Int?

        init?(path: String) {
            // `stat`, not `attributesOfItem`: that looks the owner up in the user database
            // (/etc/passwd, the nscd socket) on every analysis.
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            #if canImport(Darwin)
            let time = info.st_mtimespec
            #else
            let time = info.st_mtim
            #endif
            modified = Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
            size = Int(info.st_size)
        }
    }

    /// - Parameter base: the catalog user files are layered on (the built-in one by default).
    public init(base: @escaping @Sendable () -> Catalog = { Catalog.builtIn }) {
        self.base = base
    }

    /// The catalog for `files`: loaded the first time this list is asked for, and again when one of
    /// the files changed (modification date or size) or appeared or disappeared.
    public func catalog(files: [String]) -> Loaded {
        let paths = files.map(Self.expandingTilde)
        let stamps = paths.map { FileStamp(path: $0) }
        lock.lock()
        defer { lock.unlock() }
        if let cached, cached.files == files, cached.stamps == stamps { return cached.loaded }
        let base = base()
        let userCatalogs = paths.map { UserCatalog.load(path: $0) }
        let catalog = base.layered(with: userCatalogs)
        loads += 1
        let loaded = Loaded(catalog: catalog, problems: base.problems + userCatalogs.flatMap(\.problems), generation: loads)
        cached = (files, stamps, loaded)
        return loaded
    }

    /// `~/x` → the home directory's `x`.
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSHomeDirectory() + path.dropFirst()
    }

    /// One Warning per problem on the document's first line (`file:line: message`), at most
    /// `maximumListedProblems` of them, then one that counts the rest.
    public static func findings(for problems: [CatalogProblem], bytes: [UInt8]) -> [Finding] {
        guard !problems.isEmpty else { return [] }
        let firstLineEnd = bytes.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
        let range = SourceRange(start: 0, end: firstLineEnd)
        var findings = problems.prefix(maximumListedProblems).map { problem in
            Finding(code: problemCode, severity: .warning, range: range, message: LocalizedText(
                zh: "科目文件问题：\(problem.formatted(english: false))",
                en: "catalog file problem: \(problem.formatted(english: true))"))
        }
        if problems.count > maximumListedProblems {
            let rest = problems.count - maximumListedProblems
            findings.append(Finding(code: problemCode, severity: .warning, range: range, message: LocalizedText(
                zh: "科目文件另有 \(rest) 个问题未列出",
                en: "\(rest) more catalog file problems not listed")))
        }
        return findings
    }
}
