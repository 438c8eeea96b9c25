// swift-tools-version:6.0
// juesuan-ls: a language server that checks 部门决算公开 drafts.
// Toolchain only: no package dependencies (see DEVELOPERS.md).
import PackageDescription

let package = Package(
    name: "juesuan-ls",
    products: [
        .executable(name: "juesuan-ls", targets: ["juesuan-ls"]),
        .executable(name: "juesuan-bench", targets: ["juesuan-bench"]),
    ],
    targets: [
        // Layer 0: no dependencies.
        .target(name: "JSONRPC"),
        .target(name: "Report"),
        .target(name: "Catalog", resources: [.copy("Resources")]),
        // Deterministic synthetic reports: fixtures for tests, the bundled example, the benchmark.
        .target(name: "SyntheticReports"),
        // Layer 1: pure rules over the report model.
        .target(name: "Checks", dependencies: ["Report", "Catalog"]),
        // Layer 2: the LSP server (lifecycle, documents, encodings, features).
        .target(name: "LanguageServer", dependencies: ["JSONRPC", "Report", "Checks", "Catalog"]),
        // Executables.
        .executableTarget(name: "juesuan-ls", dependencies: ["LanguageServer", "Checks", "Report", "Catalog"]),
        .executableTarget(name: "juesuan-bench", dependencies: ["JSONRPC", "LanguageServer", "Report", "Checks", "Catalog", "SyntheticReports"]),
        // Tests: one target per module, plus end-to-end tests that run the built executable.
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "SyntheticReports"]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog"]),
        .testTarget(name: "ChecksTests", dependencies: ["Checks", "Report", "Catalog", "SyntheticReports"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "JSONRPC", "Checks", "Report", "SyntheticReports"]),
        .testTarget(name: "SyntheticReportsTests", dependencies: ["SyntheticReports"]),
        .testTarget(name: "EndToEndTests", dependencies: ["juesuan-ls"]),
    ],
    swiftLanguageModes: [.v6]
)
