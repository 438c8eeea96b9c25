import Foundation

/// Expands the PATH arguments of `check` into the files to check.
enum CheckInputs {
    /// A file to check, or a problem with a PATH argument.
    enum Input {
        case file(path: String, explicit: Bool)
        case problem(path: String, message: String)
    }

    /// Files named directly are always checked; directories are searched recursively for `.txt`/`.md`
    /// files (sorted, hidden entries skipped), which are checked when they look like reports.
    static func expand(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.problem(path: path, message: "no such file or directory / 文件不存在"))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(.file(path: path, explicit: true))
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                inputs.append(.problem(path: path, message: "cannot read directory / 无法读取目录"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                let lower = name.lowercased()
                guard lower.hasSuffix(".txt") || lower.hasSuffix(".md") else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(full) }
            }
            inputs += found.sorted().map { .file(path: $0, explicit: false) }
        }
        return inputs
    }
}
