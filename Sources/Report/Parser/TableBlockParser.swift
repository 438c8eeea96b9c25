/// Parses one table block (title line … last note line) into a `TableContent` whose
/// ranges are relative to the block start. Depends only on the block's own bytes.
enum TableBlockParser {
    private static let noData: [UInt8] = Array("无数据".utf8)

    static func parse(_ bytes: [UInt8], block: Range<Int>, kind: TableKind) -> TableContent {
        var lines: [Range<Int>] = []
        var p = block.lowerBound
        while p < block.upperBound {
            let e = ByteText.lineEnd(bytes, from: p, limit: block.upperBound)
            lines.append(p..<e)
            p = ByteText.nextLineStart(bytes, afterLineEnd: e, limit: block.upperBound)
        }
        var title = kind.chineseTitle
        var titleRange = block.lowerBound..<block.lowerBound
        var reader = TableHeaderReader(bytes: bytes)
        var index = 0
        // Title line (the block starts with it).
        while index < lines.count {
            let cls = LineClassifier.classify(bytes, lines[index])
            index += 1
            if case .tableTitle(_, let t, let r, let number, let numberRange) = cls {
                title = t
                titleRange = r
                if let number, let numberRange { reader.header.declaredNumber = HeaderField(value: number, range: SourceRange(numberRange)) }
                break
            }
        }
        // Header fields.
        while index < lines.count, reader.consume(lines[index]) { index += 1 }
        // Grid, then the trailer (注： / 说明： lines).
        var gridLines: [Range<Int>] = []
        var emptyNote: Range<Int>?
        var inTrailer = false
        while index < lines.count {
            let line = lines[index]
            index += 1
            if ByteText.isBlank(bytes, line) { continue }
            let cls = LineClassifier.noteKind(bytes, line)
            if cls == .note || cls == .explanation { inTrailer = true }
            if inTrailer {
                if emptyNote == nil, ByteText.contains(bytes, line, noData) { emptyNote = ByteText.trimmed(bytes, line) }
                continue
            }
            gridLines.append(line)
        }
        let layout = RawGrid.detectLayout(bytes, lines: gridLines)
        let raw = RawGrid.split(bytes, lines: gridLines, layout: layout)
        let context = GridContext(bytes: bytes, kind: kind, layout: layout, lines: raw)
        let grid: InterpretedGrid
        switch kind {
        case .incomeExpenditureSummary, .fiscalAppropriationSummary: grid = TwoSidedTableInterpreter.interpret(context)
        case .income, .expenditure, .generalBudgetExpenditure, .governmentFund, .stateCapital: grid = CodeTableInterpreter.interpret(context)
        case .generalBudgetBasicExpenditure: grid = BasicExpenditureDetailInterpreter.interpret(context)
        case .threePublicExpenses: grid = ThreePublicInterpreter.interpret(context)
        case .relatedInformation: grid = RelatedInformationInterpreter.interpret(context)
        case .departmentPerformance, .projectPerformance, .unknown: grid = GenericTableInterpreter.interpret(context)
        }
        let hasFigure = grid.rows.contains { $0.cells.contains { $0.amount != nil } }
        var notes = grid.notes
        if kind == .unknown {
            notes.append(ParseNote(code: .unknownTable, message: "table title not recognised", range: SourceRange(titleRange)))
        }
        let origin = block.lowerBound
        return TableContent(
            kind: kind, layout: layout, title: title,
            range: SourceRange(start: 0, end: trimmedEnd(bytes, block) - origin),
            titleRange: SourceRange(titleRange).shifted(by: -origin),
            header: reader.header.shifted(by: -origin),
            isEmpty: emptyNote != nil || !hasFigure,
            emptyNoteRange: emptyNote.map { SourceRange($0).shifted(by: -origin) },
            columns: grid.columns,
            rows: grid.rows.map { $0.shifted(by: -origin) },
            notes: notes.map { $0.shifted(by: -origin) })
    }

    /// The block's end without its trailing blank lines.
    private static func trimmedEnd(_ bytes: [UInt8], _ block: Range<Int>) -> Int {
        var e = block.upperBound
        while e > block.lowerBound {
            let b = bytes[e - 1]
            if b == 0x0A || b == 0x0D || b == 0x20 || b == 0x09 { e -= 1 } else { break }
        }
        return e
    }
}
