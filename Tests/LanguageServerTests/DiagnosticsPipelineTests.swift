import JSONRPC
@testable import LanguageServer
import Report
import XCTest

/// The diagnostics pipeline end to end, in process, with the injected 错误 rule.
final class DiagnosticsPipelineTests: XCTestCase {
    let uri = "file:///report.txt"
    let text = "合计 1\n😀错误，中错误\r\n𠀀x错误"

    /// Expected ranges of the three 错误 per encoding: (line, start, end).
    let expected: [PositionEncoding: [(Int, Int, Int)]] = [
        .utf8: [(1, 4, 10), (1, 16, 22), (2, 5, 11)],
        .utf16: [(1, 2, 4), (1, 6, 8), (2, 3, 5)],
        .utf32: [(1, 1, 3), (1, 5, 7), (2, 2, 4)],
    ]

    func testPublishesOnOpenWithVersionAndExactRangesInEveryEncoding() {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness()
            harness.initialize(encoding: encoding)
            harness.open(uri, text, version: 7)
            harness.waitUntilIdle()
            let published = harness.published(uri)
            XCTAssertEqual(published.count, 1, "\(encoding)")
            guard let params = published.last else { continue }
            XCTAssertEqual(params["version"], 7)
            let diagnostics = params["diagnostics"]?.arrayValue ?? []
            XCTAssertEqual(diagnostics.map { $0["range"] }, expected[encoding]!.map { lspRange($0.0, $0.1, $0.0, $0.2) }, "\(encoding)")
            let first = diagnostics.first
            XCTAssertEqual(first?["source"], "juesuan-ls")
            XCTAssertEqual(first?["code"], .string(MarkerAnalyzer.code))
            XCTAssertEqual(first?["severity"], 1)
            XCTAssertEqual(first?["message"], "发现“错误”")
            let related = first?["relatedInformation"]?.arrayValue?.first
            XCTAssertEqual(related?["location"]?["uri"], .string(uri))
            XCTAssertEqual(related?["location"]?["range"], lspRange(0, 0, 0, encoding == .utf8 ? 6 : 2))
            XCTAssertEqual(related?["message"], "合计在此")
        }
    }

    func testUTF16IsTheDefaultWhenTheClientOffersNothing() {
        var harness = ServerHarness()
        let result = harness.initialize()
        XCTAssertEqual(result?["capabilities"]?["positionEncoding"], "utf-16")
        harness.open(uri, text)
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).last?["diagnostics"]?.arrayValue?.first?["range"], lspRange(1, 2, 1, 4))
    }

    func testNegotiationPicksAnOfferedEncoding() {
        for (offered, chosen) in [(["utf-16", "utf-8"], "utf-8"), (["utf-32", "utf-16"], "utf-32"), (["utf-16"], "utf-16"), (["latin-1"], "utf-16")] {
            var harness = ServerHarness()
            let result = harness.initialize(capabilities: ["general": ["positionEncodings": .array(offered.map { .string($0) })]])
            XCTAssertEqual(result?["capabilities"]?["positionEncoding"], .string(chosen), "\(offered)")
        }
    }

    func testIncrementalChangesRepublishWithNewVersionAndRanges() {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness()
            harness.initialize(encoding: encoding)
            harness.open(uri, text, version: 1)
            harness.waitUntilIdle()
            // Delete the 😀 on line 1 and, in the same notification, insert 错误 at the start of line 0.
            let emojiWidth = encoding == .utf8 ? 4 : encoding == .utf16 ? 2 : 1
            harness.change(uri, version: 2, [
                ["range": lspRange(1, 0, 1, emojiWidth), "text": ""],
                ["range": lspRange(0, 0, 0, 0), "text": "错误"],
            ])
            harness.waitUntilIdle()
            XCTAssertEqual(harness.server.queue.sync { harness.server.document(uri: uri)?.text }, "错误合计 1\n错误，中错误\r\n𠀀x错误")
            guard let last = harness.published(uri).last else { return XCTFail("nothing published") }
            XCTAssertEqual(last["version"], 2)
            let w = encoding == .utf8 ? 3 : 1
            let x = expected[encoding]!
            XCTAssertEqual(last["diagnostics"]?.arrayValue?.map { $0["range"] }, [
                lspRange(0, 0, 0, 2 * w),
                lspRange(1, 0, 1, 2 * w),
                lspRange(1, x[1].1 - emojiWidth, 1, x[1].2 - emojiWidth),
                lspRange(2, x[2].1, 2, x[2].2),
            ], "\(encoding)")
        }
    }

    func testDidCloseClearsDiagnostics() {
        var harness = ServerHarness()
        harness.initialize()
        harness.open(uri, text)
        harness.waitUntilIdle()
        harness.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        harness.waitUntilIdle()
        let last = harness.published(uri).last
        XCTAssertEqual(last?["diagnostics"], [])
        XCTAssertNil(harness.server.queue.sync { harness.server.document(uri: uri) })
    }

    func testBurstOfChangesIsAnalysedOnceAtTheLatestVersion() {
        let gate = Gate()
        let calls = AnalysisCallLog()
        var harness = ServerHarness(analyzer: MarkerAnalyzer(calls: calls, gate: gate))
        harness.initialize()
        harness.open(uri, "a", version: 1)
        gate.waitForArrival() // version 1 is being analysed
        for version in 2...6 {
            harness.change(uri, version: version, [["range": lspRange(0, 0, 0, 0), "text": "错误"]])
        }
        gate.release(2)
        harness.waitUntilIdle()
        let versions = harness.published(uri).compactMap { $0["version"]?.intValue }
        XCTAssertEqual(versions, [6], "the stale result of version 1 is not published")
        XCTAssertEqual(harness.published(uri).last?["diagnostics"]?.arrayValue?.count, 5)
        let seen = calls.calls
        XCTAssertEqual(seen.count, 2)
        XCTAssertNil(seen.first?.edits, "the first analysis reads the text in full")
        XCTAssertEqual(seen.last?.text, "错误错误错误错误错误a")
        XCTAssertEqual(seen.last?.edits?.count, 5, "the five edits are handed over, in order")
        XCTAssertEqual(seen.last?.edits?.first, ByteEdit(range: SourceRange(start: 0, end: 0), replacementLength: 6))
    }

    func testVersionsArePublishedInIncreasingOrder() {
        var harness = ServerHarness()
        harness.initialize()
        harness.open(uri, "x", version: 1)
        for version in 2...40 {
            harness.change(uri, version: version, [["range": lspRange(0, 0, 0, 0), "text": version % 3 == 0 ? "错误" : "y"]])
            if version % 7 == 0 { harness.waitUntilIdle() }
        }
        harness.waitUntilIdle()
        let versions = harness.published(uri).compactMap { $0["version"]?.intValue }
        XCTAssertEqual(versions, versions.sorted())
        XCTAssertEqual(Set(versions).count, versions.count)
        XCTAssertEqual(versions.last, 40)
    }

    func testCloseWhileAnalysingPublishesNothingStale() {
        let gate = Gate()
        var harness = ServerHarness(analyzer: MarkerAnalyzer(gate: gate))
        harness.initialize()
        harness.open(uri, "错误", version: 1)
        gate.waitForArrival()
        harness.notify("textDocument/didClose", ["textDocument": ["uri": .string(uri)]])
        gate.release()
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).map { $0["diagnostics"] }, [[]])
    }

    func testPullDiagnosticsReturnTheSameSet() {
        var harness = ServerHarness()
        let result = harness.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        XCTAssertNotNil(result?["capabilities"]?["diagnosticProvider"])
        harness.open(uri, text)
        harness.waitUntilIdle()
        let id = harness.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.result(id)?["kind"], "full")
        XCTAssertEqual(harness.result(id)?["items"], harness.published(uri).first?["diagnostics"], "the same set as was published")
        XCTAssertEqual(harness.result(id)?["items"]?.arrayValue?.count, 3)
    }

    func testRelatedInformationOmittedForClientsWithoutIt() {
        var harness = ServerHarness()
        harness.initialize(capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": false]]])
        harness.open(uri, text)
        harness.waitUntilIdle()
        let first = harness.published(uri).last?["diagnostics"]?.arrayValue?.first
        XCTAssertNotNil(first)
        XCTAssertNil(first?["relatedInformation"])
    }

    func testPullDiagnosticsNotAdvertisedToClientsThatCannotPull() {
        var harness = ServerHarness()
        XCTAssertNil(harness.initialize()?["capabilities"]?["diagnosticProvider"])
    }

    func testPendingPullIsAnsweredOnceAfterAnalysisOrCancelled() {
        let gate = Gate()
        var harness = ServerHarness(analyzer: MarkerAnalyzer(gate: gate))
        harness.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        harness.open(uri, "错误")
        gate.waitForArrival()
        let waiting = harness.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        let cancelled = harness.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        XCTAssertEqual(harness.answers(waiting).count, 0, "pending while the document is analysed")
        harness.notify("$/cancelRequest", ["id": cancelled.json])
        XCTAssertEqual(harness.errorCode(cancelled), ErrorCode.requestCancelled)
        gate.release()
        harness.waitUntilIdle()
        XCTAssertEqual(harness.answers(waiting).count, 1)
        XCTAssertEqual(harness.result(waiting)?["items"]?.arrayValue?.count, 1)
        XCTAssertEqual(harness.answers(cancelled).count, 1, "a cancelled request is answered exactly once")
        // Cancelling a request that was already answered does nothing.
        harness.notify("$/cancelRequest", ["id": waiting.json])
        XCTAssertEqual(harness.answers(waiting).count, 1)
    }

    func testAutoModePushesUntilTheClientPullsThenWithdrawsThePushedDiagnostics() {
        var harness = ServerHarness()
        harness.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        let other = "file:///other.txt"
        harness.open(uri, text)
        harness.open(other, "nothing")
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).last?["diagnostics"]?.arrayValue?.count, 3, "pushed before any pull")
        let id = harness.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.result(id)?["items"]?.arrayValue?.count, 3)
        XCTAssertEqual(harness.published(uri).last?["diagnostics"], [], "pushed diagnostics withdrawn once the client pulls")
        XCTAssertEqual(harness.published(other).count, 1, "nothing to withdraw where nothing was found")
        let pushes = harness.published(uri).count
        harness.change(uri, version: 2, [["range": lspRange(0, 0, 0, 0), "text": "错误"]])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).count, pushes, "no more pushes after the client pulls")
    }

    func testPushOnlyModeHidesPullAndPullOnlyModeStopsPushing() {
        var push = ServerHarness()
        XCTAssertNil(push.initialize(capabilities: ["textDocument": ["diagnostic": [:]]], options: ["diagnosticMode": "push"])?["capabilities"]?["diagnosticProvider"])
        var pull = ServerHarness()
        pull.initialize(capabilities: ["textDocument": ["diagnostic": [:]]], options: ["diagnosticMode": "pull"])
        pull.open(uri, text)
        pull.waitUntilIdle()
        XCTAssertEqual(pull.published(uri).count, 0)
    }

    func testCodeActionsOfferQuickFixesWithTheirDiagnostic() {
        for encoding in PositionEncoding.allCases {
            var harness = ServerHarness()
            harness.initialize(encoding: encoding)
            harness.open(uri, text)
            harness.waitUntilIdle()
            let x = expected[encoding]!
            let id = harness.request("textDocument/codeAction", [
                "textDocument": ["uri": .string(uri)],
                "range": lspRange(1, x[1].1, 1, x[1].1),
                "context": ["diagnostics": []],
            ])
            let actions = harness.result(id)?.arrayValue ?? []
            XCTAssertEqual(actions.count, 1, "\(encoding)")
            let action = actions.first
            XCTAssertEqual(action?["kind"], "quickfix")
            XCTAssertEqual(action?["title"], "改为“正确”")
            XCTAssertEqual(action?["diagnostics"]?.arrayValue?.first?["range"], lspRange(1, x[1].1, 1, x[1].2))
            XCTAssertEqual(action?["edit"]?["changes"]?[uri], [["range": lspRange(1, x[1].1, 1, x[1].2), "newText": "正确"]])
            let none = harness.request("textDocument/codeAction", [
                "textDocument": ["uri": .string(uri)], "range": lspRange(0, 0, 0, 1), "context": ["diagnostics": []],
            ])
            XCTAssertEqual(harness.result(none), [])
            let filtered = harness.request("textDocument/codeAction", [
                "textDocument": ["uri": .string(uri)], "range": lspRange(1, x[1].1, 1, x[1].1),
                "context": ["diagnostics": [], "only": ["refactor"]],
            ])
            XCTAssertEqual(harness.result(filtered), [])
        }
    }

    func testSettingsFromInitializationOptionsAndConfigurationChanges() {
        var harness = ServerHarness()
        harness.initialize(options: ["locale": "en", "severityOverrides": ["TEST-MARKER": "warning"],
                                     "reportRounding": true, "catalogFiles": ["/tmp/c.tsv"]])
        XCTAssertEqual(harness.server.queue.sync { harness.server.settings.analysisOptions },
                       AnalysisOptions(locale: .en, reportRounding: true, catalogFiles: ["/tmp/c.tsv"]))
        harness.open(uri, text)
        harness.waitUntilIdle()
        let first = harness.published(uri).last?["diagnostics"]?.arrayValue?.first
        XCTAssertEqual(first?["message"], "found 错误")
        XCTAssertEqual(first?["severity"], 2)
        XCTAssertEqual(first?["relatedInformation"]?.arrayValue?.first?["message"], "the total is here")

        harness.notify("workspace/didChangeConfiguration", ["settings": ["juesuan-ls": ["severityOverrides": ["TEST-MARKER": "hint"], "locale": "zh"]]])
        harness.waitUntilIdle()
        let second = harness.published(uri).last?["diagnostics"]?.arrayValue?.first
        XCTAssertEqual(second?["severity"], 4)
        XCTAssertEqual(second?["message"], "发现“错误”")

        harness.notify("workspace/didChangeConfiguration", ["settings": ["disabledRules": [.string(MarkerAnalyzer.code)]]])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).last?["diagnostics"], [])

        harness.notify("workspace/didChangeConfiguration", ["settings": ["disabledRules": [], "severityOverrides": ["TEST-MARKER": "off"]]])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).last?["diagnostics"], [])
    }

    func testInitializeLocaleSelectsEnglish() {
        var harness = ServerHarness()
        harness.initialize(locale: "en-US")
        harness.open(uri, "错误")
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).last?["diagnostics"]?.arrayValue?.first?["message"], "found 错误")
    }

    func testLatestAnalysisIsAvailableToHandlers() {
        var harness = ServerHarness()
        harness.initialize()
        harness.open(uri, text, version: 3)
        harness.waitUntilIdle()
        let snapshot = harness.server.queue.sync { harness.server.latestAnalysis(uri: uri) }
        XCTAssertEqual(snapshot?.version, 3)
        XCTAssertEqual(snapshot?.findings.count, 3)
        XCTAssertEqual(snapshot?.result.model as? Int, text.utf8.count)
    }
}

extension DiagnosticsPipelineTests {
    func testSettingsArePulledWithWorkspaceConfiguration() throws {
        var harness = ServerHarness()
        harness.initialize(capabilities: ["workspace": ["configuration": true]])
        guard case .request(let id, "workspace/configuration", let params)? = harness.output.all.last else {
            return XCTFail("expected a workspace/configuration request, got \(harness.output.all)")
        }
        XCTAssertEqual(params?["items"], [["section": "juesuan-ls"]])
        harness.open(uri, "错误")
        harness.waitUntilIdle()
        harness.receive(.response(id: id, result: [["locale": "en"]]))
        harness.waitUntilIdle()
        XCTAssertEqual(harness.published(uri).last?["diagnostics"]?.arrayValue?.first?["message"], "found 错误")
        // A change signalled without settings makes the server ask again.
        harness.output.clear()
        harness.notify("workspace/didChangeConfiguration", ["settings": nil])
        guard case .request(let second, "workspace/configuration", _)? = harness.output.all.last else {
            return XCTFail("expected a second workspace/configuration request")
        }
        harness.receive(.errorResponse(id: second, error: .internalError("no")))
        XCTAssertEqual(harness.server.queue.sync { harness.server.settings.locale }, .en)
    }

    func testAChangeListWithABadEntryChangesNothing() {
        var harness = ServerHarness()
        harness.initialize()
        harness.open(uri, "abc", version: 1)
        harness.change(uri, version: 2, [["range": lspRange(0, 0, 0, 1), "text": "x"], ["range": ["start": ["line": 0]], "text": "y"]])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.server.queue.sync { harness.server.document(uri: uri)?.text }, "abc")
    }

    func testReversedRangeIsNormalised() {
        var harness = ServerHarness()
        harness.initialize()
        harness.open(uri, "中文错误", version: 1)
        harness.change(uri, version: 2, [["range": lspRange(0, 2, 0, 0), "text": "X"]])
        harness.waitUntilIdle()
        XCTAssertEqual(harness.server.queue.sync { harness.server.document(uri: uri)?.text }, "X错误")
    }
}
