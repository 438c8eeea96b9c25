// libFuzzer entry of the edits target; the harness is
// Tests/LanguageServerTests/Fuzz/EditScriptFuzzHarness.swift (see Fuzz/edits/sources).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let problem = EditScriptFuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(problem) }
    return 0
}
