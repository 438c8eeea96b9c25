/// Substring search and replacement on UTF-8 bytes, for the checks' many `contains("三公")` and
/// `replacing("（", with: "(")` calls on Chinese titles and names.
///
/// These overloads are more specific than Foundation's `StringProtocol.contains(_:)` (which
/// goes through `NSString.range(of:)` and Unicode folding) and the string-processing
/// library's generic `replacing(_:with:)`, so every call in this module takes them: the two
/// were most of the narrative checks' time (about 20 ms per report and keystroke). The texts
/// are NFC-normalised Chinese and ASCII, where byte and character matches agree.
extension String {
    /// True when `other` occurs in the string (false for an empty `other`, as Foundation answers).
    func contains(_ other: String) -> Bool {
        guard !other.isEmpty else { return false }
        var haystack = self, needle = other
        return haystack.withUTF8 { h in needle.withUTF8 { n in ByteSearch.firstIndex(of: n, in: h, from: 0) != nil } }
    }

    /// The string with every occurrence of `other` (left to right, not overlapping) replaced.
    func replacing(_ other: String, with replacement: String) -> String {
        guard !other.isEmpty else { return self }
        var haystack = self, needle = other
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard var match = ByteSearch.firstIndex(of: n, in: h, from: 0) else { return self }
                var out: [UInt8] = []
                out.reserveCapacity(h.count)
                var start = 0
                while true {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: h[start..<match]))
                    out.append(contentsOf: replacement.utf8)
                    start = match + n.count
                    guard let next = ByteSearch.firstIndex(of: n, in: h, from: start) else { break }
                    match = next
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: h[start...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}

enum ByteSearch {
    /// The first offset at or after `from` where `needle` starts in `haystack`.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
