/// All sentences of a narrative, in order, read through its blocks without copying them
/// (so assembling a narrative after an edit costs O(blocks), not O(sentences)).
public struct NarrativeSentenceList: RandomAccessCollection, Equatable, Sendable {
    private let blocks: [NarrativeBlock]
    /// `firstIndex[b]` is the index of block `b`'s first sentence; one extra entry holds the total.
    private let firstIndex: [Int]

    init(blocks: [NarrativeBlock]) {
        self.blocks = blocks
        var first: [Int] = [0]
        first.reserveCapacity(blocks.count + 1)
        for block in blocks { first.append((first.last ?? 0) + block.sentenceCount) }
        self.firstIndex = first
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { firstIndex.last ?? 0 }

    public subscript(position: Int) -> NarrativeSentence {
        precondition(position >= 0 && position < endIndex, "sentence index out of range")
        // The last block whose first sentence is at or before `position`.
        var lo = 0, hi = blocks.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if firstIndex[mid] <= position { lo = mid } else { hi = mid - 1 }
        }
        while blocks[lo].sentenceCount == 0 || firstIndex[lo] + blocks[lo].sentenceCount <= position { lo += 1 }
        return blocks[lo].sentence(position - firstIndex[lo])
    }

    /// Index of the first sentence that starts at or after `offset` (`endIndex` when none does).
    public func firstIndex(startingAtOrAfter offset: Int) -> Int {
        // The first block that ends after `offset` holds the answer, unless all its sentences start before it.
        var lo = 0, hi = blocks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocks[mid].region.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        var b = lo
        while b < blocks.count {
            let local = blocks[b].firstSentence(startingAtOrAfter: offset)
            if local < blocks[b].sentenceCount { return firstIndex[b] + local }
            b += 1
        }
        return endIndex
    }

    public static func == (lhs: NarrativeSentenceList, rhs: NarrativeSentenceList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
