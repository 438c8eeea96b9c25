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
        let blocks = clamped(regions, count: bytes.count).map { region in
            guard let block = reusable[region] else { return parseBlock(bytes, region: region) }
            return block.region.start == region.start ? block : block.shifted(by: edit.delta)
        }
        return Narrative(blocks: blocks)
    }
}
