import Foundation
import XCTest
@testable import Catalog

final class UserCatalogTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-user-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func testGoodTSVWithHeader() throws {
        let path = try write("full.tsv", "code\tname\texplanation\n2010498\t其他发展事务\t反映其他支出。\n202\t外交支出\n")
        let user = UserCatalog.load(path: path)
        XCTAssertEqual(user.problems, [])
        XCTAssertEqual(user.entries.map(\.code.digits), ["2010498", "202"])
        XCTAssertEqual(user.entries.first?.explanation, "反映其他支出。")
        XCTAssertEqual(user.entries.first?.origin, .userFile(path, line: 2))
        XCTAssertNil(user.entries.last?.explanation)
    }

    func testGoodCSVWithBOMCRLFAndQuotedCommas() throws {
        let text = "科目编码,科目名称,说明\r\n\"30213\",\"维修（护）费\",\"反映日常维修费用, 含\"\"小额\"\"维护。\"\r\n 2080505 , 机关事业单位基本养老保险缴费支出 \r\n"
        let path = try write("export.csv", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let user = UserCatalog.load(path: path)
        XCTAssertEqual(user.problems, [])
        XCTAssertEqual(user.entries.map(\.code.digits), ["30213", "2080505"])
        XCTAssertEqual(user.entries.first?.explanation, "反映日常维修费用, 含\"小额\"维护。")
        XCTAssertEqual(user.entries.last?.name, "机关事业单位基本养老保险缴费支出")
    }

    func testUserEntriesOverrideAndExtendTheBuiltInCatalog() throws {
        let first = UserCatalog.parse(Array("30201,办公费（新）\n202,外交支出\n".utf8), file: "a.csv")
        let second = UserCatalog.parse(Array("30201\t办公费（最新）\n".utf8), file: "b.tsv")
        let layered = Catalog.builtIn.layered(with: [first, second])
        XCTAssertEqual(layered.entry(forCode: "30201")?.name, "办公费（最新）", "the later user catalog wins")
        XCTAssertEqual(layered.entry(forCode: "30201")?.origin, .userFile("b.tsv", line: 1))
        XCTAssertEqual(layered.entry(forCode: "202")?.name, "外交支出")
        XCTAssertEqual(layered.entry(forCode: "201")?.name, "一般公共服务支出", "built-in entries remain")
        XCTAssertEqual(layered.count, Catalog.builtIn.count + 1)
        XCTAssertEqual(layered.category(forLabel: "二、外交支出")?.code?.digits, "202", "a user catalog can give the missing 类 codes")
        XCTAssertEqual(layered.chain(for: ClassificationCode("30201")!).text, "302 商品和服务支出 › 30201 办公费（最新）")
        XCTAssertEqual(Catalog.builtIn.entry(forCode: "30201")?.name, "办公费", "layering leaves the built-in catalog alone")
        XCTAssertEqual(layered.children(of: ClassificationCode("302")!).first?.name, "办公费（最新）")
    }

    func testBadLinesAreReportedAndGoodLinesLoad() throws {
        var bytes = Array("code,name\n201,一般公共服务支出\n2010,太短\n20104,\n\"30201,办公费\n".utf8)
        bytes += [0x32, 0x30, 0x31, 0x30, 0x34, 0x30, 0x31, 0x2C, 0xD0, 0xFE, 0x0A]  // 2010401,<GBK bytes>
        bytes += Array("1010101,税收收入\n2010401,行政运行\n\n# a comment\n30201,办公费\n30201,办公费用\n".utf8)
        let path = try write("bad.csv", bytes)
        let user = UserCatalog.load(path: path)
        XCTAssertEqual(user.entries.map(\.code.digits), ["201", "2010401", "30201"])
        XCTAssertEqual(user.entries.last?.name, "办公费用", "a repeated code keeps its last line")
        XCTAssertEqual(user.problems.map(\.kind), [.invalidCode, .missingName, .unterminatedQuote, .notUTF8, .invalidCode, .duplicateCode])
        XCTAssertEqual(user.problems.map(\.line), [3, 4, 5, 6, 7, 12])
        XCTAssertTrue(user.problems.allSatisfy { $0.file == path })
        let first = try XCTUnwrap(user.problems.first)
        XCTAssertEqual(first.description, "\(path):3: “2010” is not a valid subject code (function codes: 3/5/7 digits starting with 2; economic codes: 3/5 digits starting with 3); line skipped")
        XCTAssertTrue(first.formatted(english: false).hasPrefix("\(path):3: “2010”不是有效的科目代码"))
        XCTAssertTrue(user.problems[3].zh.contains("UTF-8"))
    }

    func testAHeaderIsOnlyTheFirstLine() {
        let user = UserCatalog.parse(Array("201\t一般公共服务支出\ncode\tname\n".utf8), file: "late-header.tsv")
        XCTAssertEqual(user.entries.count, 1)
        XCTAssertEqual(user.problems.map(\.line), [2])
    }

    func testFormatIsGuessedWithoutAnExtension() {
        XCTAssertEqual(UserCatalog.parse(Array("201\t一般, 公共\n".utf8), file: "catalog").entries.first?.name, "一般, 公共")
        XCTAssertEqual(UserCatalog.parse(Array("201,一般\t公共\n".utf8), file: "catalog.txt", format: .csv).entries.first?.name, "一般\t公共")
    }

    func testMissingFileAndDirectoryAreProblems() {
        let missing = UserCatalog.load(path: directory.appendingPathComponent("absent.tsv").path)
        XCTAssertEqual(missing.entries, [])
        XCTAssertEqual(missing.problems.map(\.kind), [.unreadableFile])
        XCTAssertNil(missing.problems.first?.line)
        XCTAssertTrue(missing.problems.first?.description.contains("absent.tsv: cannot read the catalog file") ?? false)

        let folder = UserCatalog.load(path: directory.path)
        XCTAssertEqual(folder.problems.map(\.kind), [.unreadableFile])

        let layered = Catalog.builtIn.layered(with: [missing])
        XCTAssertEqual(layered.count, Catalog.builtIn.count)
        XCTAssertEqual(layered.problems.map(\.kind), [.unreadableFile])
    }

    /// A catalog path comes from the client's settings: a device, a FIFO or a huge file must
    /// give a problem at once, never an endless read (found by the robustness review, issue 8).
    func testDevicesFIFOsAndHugeFilesAreRefusedWithoutReading() throws {
        for device in ["/dev/zero", "/dev/urandom"] where FileManager.default.fileExists(atPath: device) {
            let catalog = UserCatalog.load(path: device)
            XCTAssertEqual(catalog.problems.map(\.kind), [.unreadableFile], device)
            XCTAssertTrue(catalog.problems.first?.description.contains("not a regular file") ?? false, "\(catalog.problems)")
        }
        let fifo = directory.appendingPathComponent("pipe.tsv").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertTrue(UserCatalog.load(path: fifo).problems.first?.description.contains("not a regular file") ?? false)

        let huge = directory.appendingPathComponent("huge.tsv")
        XCTAssertTrue(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(UserCatalog.maximumFileSize + 1)) // sparse: no disk used
        try handle.close()
        let refused = UserCatalog.load(path: huge.path)
        XCTAssertEqual(refused.entries, [])
        XCTAssertTrue(refused.problems.first?.description.contains("larger than 64 MiB") ?? false, "\(refused.problems)")

        // A symbolic link to a good file is followed.
        let good = try write("good.tsv", "2010101\t行政运行\n")
        let link = directory.appendingPathComponent("link.tsv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: good)
        XCTAssertEqual(UserCatalog.load(path: link).entries.map(\.code.digits), ["2010101"])
    }

    func testEmptyFileHasNoEntriesAndNoProblems() throws {
        let user = UserCatalog.load(path: try write("empty.csv", ""))
        XCTAssertEqual(user.entries, [])
        XCTAssertEqual(user.problems, [])
    }
}
