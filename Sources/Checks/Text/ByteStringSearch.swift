#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// The range of the first occurrence of `other` (nil for an empty `other`, as Foundation answers).
    func range(of other: String) -> Range<String.Index>? {
        guard !other.isEmpty else { return nil }
        var haystack = self, needle = other
        guard let start = haystack.withUTF8({ h in needle.withUTF8 { n in ByteSearch.firstIndex(of: n, in: h, from: 0) } })
        else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: other.utf8.count)
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

extension Substring {
    /// True when `other` occurs in the substring (false for an empty `other`, as Foundation answers).
    func contains(_ other: String) -> Bool {
        guard !other.isEmpty else { return false }
        var haystack = self, needle = other
        return haystack.withUTF8 { h in needle.withUTF8 { n in ByteSearch.firstIndex(of: n, in: h, from: 0) != nil } }
    }
}

enum ByteSearch {
    /// The first offset at or after `from` where `needle` starts in `haystack`.
    ///
    /// Candidates are found with `memchr` on the needle's last byte: in Chinese UTF-8 the first byte
    /// of a character (E4…E9) recurs every few bytes, the last one far more rarely.
    static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let count = needle.count
        guard count > 0, from >= 0, let base = haystack.baseAddress, let needleBase = needle.baseAddress,
              count <= haystack.count - from else { return nil }
        let lastByte = Int32(needle[count - 1])
        var position = from + count - 1 // where the needle's last byte must be
        while position < haystack.count {
            guard let hit = memchr(base + position, lastByte, haystack.count - position) else { return nil }
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let start = end - count + 1
            if memcmp(base + start, needleBase, count - 1) == 0 { return start }
            position = end + 1
        }
        return nil
    }
}
