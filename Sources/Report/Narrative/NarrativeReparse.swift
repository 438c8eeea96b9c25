extension NarrativeParser {
    /// Re-parses after one edit: every new region whose text the edit did not touch
    /// reuses the old block (moved by the edit's length change); only the regions the
    /// edit touched are parsed again. The result equals `parse(bytes, regions: regions)`.
    ///
    /// - Parameters:
    ///   - old: the narrative of the text before the edit.
    ///   - bytes: the text after the edit.
    ///   - edit: the edit, in offsets of the old text.
    ///   - regions: the narrative regions of the new text, in order.
    public static func reparse(_ old: Narrative, bytes: [UInt8], edit: ByteEdit, regions: [SourceRange]) -> Narrative {
        // Old blocks that the edit left intact, matched to the new regions in one ordered walk
        // (both lists are sorted): a region reuses the old block whose moved region equals it.
        let old = old.blocks
        // Old blocks the edit touched: their sentences may come out the same in the new regions.
        let touched = old.filter { !($0.region.end < edit.range.start || $0.region.start > edit.range.end) }
        var k = 0
        let blocks = clamped(regions, count: bytes.count).map { region -> NarrativeBlock in
            while k < old.count {
                let block = old[k]
                let moved: SourceRange
                if block.region.end < edit.range.start {
                    moved = block.region
                } else if block.region.start > edit.range.end {
                    moved = block.region.shifted(by: edit.delta)
                } else {
                    k += 1 // touched by the edit: never reused
                    continue
                }
                if moved == region {
                    k += 1
                    return block.region.start == region.start ? block : block.shifted(by: edit.delta)
                }
                // An old block that may still match a later region stays for it.
                if moved.start > region.start || (moved.start == region.start && moved.end > region.end) { break }
                k += 1
            }
            return parseBlock(bytes, region: region, earlier: touched)
        }
        return Narrative(blocks: blocks)
    }
}
