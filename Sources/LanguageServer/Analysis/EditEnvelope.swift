import Report

extension ByteEdit {
    /// Sequential edits (each in the coordinates of the text the previous one produced) as one
    /// edit of the original text that covers them all; nil for no edits.
    static func enveloping(_ edits: [ByteEdit]) -> ByteEdit? {
        guard var start = edits.first?.range.start else { return nil }
        var oldEnd = start // end of the covered span, in the original text
        var newEnd = start // end of the covered span, in the current text
        for edit in edits {
            // Grow the covered span (current coordinates) to include this edit's range.
            // Text before `start` is unchanged so far: the span just starts earlier.
            start = min(start, edit.range.start)
            if edit.range.end > newEnd {
                oldEnd += edit.range.end - newEnd
                newEnd = edit.range.end
            }
            newEnd += edit.delta
        }
        return ByteEdit(range: SourceRange(start: start, end: oldEnd), replacementLength: newEnd - start)
    }
}
