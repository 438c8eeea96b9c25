// libFuzzer entry of the transport target; the harness is
// Tests/LanguageServerTests/Fuzz/TransportFuzzHarness.swift (see Fuzz/transport/sources).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if let problem = TransportFuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size))) { fatalError(problem) }
    return 0
}
