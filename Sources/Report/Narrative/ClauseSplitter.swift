/// Splits a sentence's normalised text into clauses at `，,；;。：:！？`
/// (a `,` or `:` between digits belongs to the number).
enum ClauseSplitter {
    static func split(_ t: [UInt8], slice: TextSlicer, map: TextSourceMap,
                      directions: [(direction: ChangeDirection, range: Range<Int>)]) -> [NarrativeClause] {
        var clauses: [NarrativeClause] = []
        var start = 0
        var i = 0
        func directionsInside(_ range: Range<Int>) -> [ChangeDirection] {
            var found: [ChangeDirection] = []
            for d in directions where range.contains(d.range.lowerBound) { found.append(d.direction) }
            return found
        }
        func emit(_ end: Int, terminator: Range<Int>?) {
            var lo = start, hi = end
            while lo < hi, t[lo] == 0x20 { lo += 1 }
            while hi > lo, t[hi - 1] == 0x20 { hi -= 1 }
            guard lo < hi || terminator != nil else { return }
            let range = lo..<hi
            clauses.append(NarrativeClause(
                text: slice(range), textRange: range,
                range: map.coveringSourceRange(ofText: range),
                terminator: terminator.map { NarrativeBytes.string(t, $0) },
                directions: directionsInside(range)))
        }
        while i < t.count {
            if let n = NarrativeBytes.clauseSeparatorLength(t, at: i, end: t.count) {
                emit(i, terminator: i..<(i + n))
                i += n
                start = i
            } else {
                i += NarrativeBytes.characterWidth(t, at: i, end: t.count)
            }
        }
        if start < t.count { emit(t.count, terminator: nil) }
        return clauses
    }
}
