/// `juesuan-ls dump`: the model as JSON, positions as `line:column` (1-based line,
/// 1-based column counted in UTF-16 code units, as most editors display).
extension ReportDocument {
    public func dumpJSON(text: [UInt8], file: String? = nil) -> ModelJSON {
        let index = LineIndex(utf8: text)
        return text.withUnsafeBufferPointer { buffer in
            let dumper = ModelDumper(index: index, bytes: buffer)
            var pairs: [(String, ModelJSON)] = []
            if let file { pairs.append(("file", .string(file))) }
            pairs.append(("positions", .string("line:column, 1-based, column in UTF-16 code units")))
            pairs.append(("isReport", .bool(isReport)))
            pairs.append(("reports", .array(reports.map(dumper.report))))
            return .object(pairs)
        }
    }
}

private struct ModelDumper {
    let index: LineIndex
    let bytes: UnsafeBufferPointer<UInt8>

    func at(_ offset: Int) -> ModelJSON {
        let p = index.position(of: offset, in: bytes, encoding: .utf16)
        return .string("\(p.line + 1):\(p.character + 1)")
    }

    func range(_ r: SourceRange) -> ModelJSON { .array([at(r.start), at(r.end)]) }

    func optional<T>(_ value: T?, _ make: (T) -> ModelJSON) -> ModelJSON { value.map(make) ?? .null }

    func report(_ r: Report) -> ModelJSON {
        .object([
            ("range", range(r.range)),
            ("department", optional(r.department) { .string($0.value) }),
            ("year", optional(r.year) { .int($0.value) }),
            ("unit", optional(r.unit) { .string($0.rawValue) }),
            ("tableCount", .int(r.tables.count)),
            ("tables", .array(r.tables.map(table))),
            ("narrativeRegions", .array(r.narrativeRegions.map { n in
                .object([("range", range(n.range)), ("part", optional(n.partNumber) { .int($0) })])
            })),
            ("mentions", .array(r.narrativeBlocks.flatMap { block in block.sentences.flatMap { $0.mentions.map(mention) } })),
        ])
    }

    func mention(_ m: NumericMention) -> ModelJSON {
        var pairs: [(String, ModelJSON)] = [("at", at(m.numberRange.start)), ("value", .string(m.value.description))]
        if let unit = m.unit { pairs.append(("unit", .string(unit.rawValue))) }
        if m.percentage != nil { pairs.append(("percent", .bool(true))) }
        if let word = m.measureWord { pairs.append(("measureWord", .string(word))) }
        if let year = m.year { pairs.append(("year", .int(year))) }
        if !m.label.isEmpty { pairs.append(("label", .string(String(m.label)))) }
        return .object(pairs)
    }

    func table(_ t: Table) -> ModelJSON {
        let header = t.header
        return .object([
            ("kind", .string(t.kind.rawValue)),
            ("title", .string(t.title)),
            ("at", at(t.titleRange.start)),
            ("declaredNumber", optional(t.declaredNumber) { .int($0) }),
            ("layout", .string(t.layout.rawValue)),
            ("isEmpty", .bool(t.isEmpty)),
            ("header", .object([
                ("department", optional(header.department) { .string($0.value) }),
                ("year", optional(header.year) { .int($0.value) }),
                ("unit", optional(header.unit) { .string($0.value.rawValue) }),
            ])),
            ("columns", .array(t.columns.map { c in
                .object([("index", .int(c.index)), ("number", optional(c.number) { .int($0) }), ("label", .string(c.label)),
                         ("role", .string(c.role.name)), ("side", optional(c.side) { .string($0.rawValue) })])
            })),
            ("rows", .array(t.rows.map { row($0, columns: t.columns) })),
            ("notes", .array(t.notes.map { n in
                .object([("code", .string(n.code.rawValue)), ("message", .string(n.message)), ("at", at(n.range.start))])
            })),
        ])
    }

    func row(_ r: Row, columns: [Column]) -> ModelJSON {
        var pairs: [(String, ModelJSON)] = [("at", at(r.range.start))]
        if let side = r.side { pairs.append(("side", .string(side.rawValue))) }
        if let code = r.code {
            pairs.append(("code", .string(code.text)))
            pairs.append(("codeLevel", optional(code.level) { .string($0.rawValue) }))
        }
        if let name = r.name { pairs.append(("name", .string(name.normalized))) }
        if let role = r.labelRole { pairs.append(("role", .string(role.name))) }
        if let category = r.categoryCode { pairs.append(("category", .string(category))) }
        if let number = r.number { pairs.append(("number", .int(number.value))) }
        if let group = r.group { pairs.append(("group", .string(group.rawValue))) }
        pairs.append(("cells", .array(r.cells.map { cell($0, columns: columns) })))
        return .object(pairs)
    }

    func cell(_ c: Cell, columns: [Column]) -> ModelJSON {
        var pairs: [(String, ModelJSON)] = []
        switch c.value {
        case .amount(let a):
            pairs.append(("value", .string(a.description)))
            pairs.append(("decimals", .int(a.decimals)))
        case .blank: pairs.append(("value", .null))
        case .notApplicable: pairs.append(("value", .string("——")))
        }
        if let col = c.column {
            pairs.append(("column", .int(col)))
            if columns.indices.contains(col) { pairs.append(("role", .string(columns[col].role.name))) }
        }
        switch c.assignment {
        case .certain: pairs.append(("assignment", .string("certain")))
        case .inferred: pairs.append(("assignment", .string("inferred")))
        case .ambiguous(let candidates):
            pairs.append(("assignment", .string("ambiguous")))
            pairs.append(("candidates", .array(candidates.map { .int($0) })))
        }
        pairs.append(("at", at(c.range.start)))
        return .object(pairs)
    }
}
