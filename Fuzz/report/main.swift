// libFuzzer entry of the report target; the harness is
// Tests/ChecksTests/Fuzz/ReportFuzzHarness.swift (see Fuzz/report/sources).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let problem = ReportFuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(problem) }
    return 0
}
