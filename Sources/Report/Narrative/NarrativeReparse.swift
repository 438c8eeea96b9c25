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
        // Old blocks that the edit left intact, keyed by their region in the new text.
        var reusable: [SourceRange: NarrativeBlock] = [:]
        for block in old.blocks {
            if block.region.end < edit.range.start {
                reusable[block.region] = block
            } else if block.region.start > edit.range.end {
                reusable[block.region.shifted(by: edit.delta)] = block
            }
        }
        var blocks: [NarrativeBlock] = []
        var floor = 0
        for region in regions {
            let start = max(floor, min(region.start, bytes.count))
            let end = max(start, min(region.end, bytes.count))
            floor = end
            let clamped = SourceRange(start: start, end: end)
            if let block = reusable[clamped] {
                blocks.append(block.region.start == clamped.start ? block : block.shifted(by: edit.delta))
            } else {
                blocks.append(parseBlock(bytes, region: clamped))
            }
        }
        return Narrative(blocks: blocks)
    }
}
