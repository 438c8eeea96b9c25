/// Henan (Anyang) template from PDF text (seed 003). Placeholder until implemented.
struct HenanDocumentWriter {
    let f: DepartmentFigures
    func write(_ b: inout ReportTextBuilder) {
        ShanxiDocumentWriter(f: f, markdown: false, yuan: false).write(&b)
    }
}
