import Analysis

extension PrevalenceParser {
    /// GBD 2019: `measure_name == Prevalence`, `sex_name` Male/Female, `val / 10` (per 100,000 → per 10,000), pivoted
    /// on `cause_name` in file order; disease = nil when the cause is not a study disease (not a problem).
    static func parseGBD(_ document: inout CSVStream, path: String, vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        let columns: [Demographic] = [.male, .female]
        guard let header = document.next() else {
            return (PrevalenceTable(source: .gbdGender, columns: columns, rows: []),
                    [DataProblem(.error, path: path, reason: "empty file: no header")])
        }
        let names = header.fields.map { $0.trimmingSpaces() }
        let needed = ["measure_name", "sex_name", "cause_name", "val"]
        let indices = needed.compactMap { names.firstIndex(of: $0) }
        guard indices.count == needed.count else {
            return (PrevalenceTable(source: .gbdGender, columns: columns, rows: []),
                    [DataProblem(.error, path: path, place: "line \(header.line)",
                                 reason: "header lacks one of \(needed.joined(separator: ", ")); file not read")])
        }
        var order: [String] = []
        var cells: [String: [Demographic: PrevalenceValue]] = [:]
        var problems = BoundedProblems()
        var read = 0
        while let record = nextRecord(&document, read: &read) {
            guard let fields = Optional(record.fields), indices.allSatisfy({ $0 < fields.count }) else { continue }
            guard fields[indices[0]].trimmingSpaces() == "Prevalence" else { continue }
            let sex = fields[indices[1]].trimmingSpaces()
            guard sex == "Male" || sex == "Female" else { continue }
            let cause = fields[indices[2]].trimmingSpaces()
            let raw = fields[indices[3]].trimmingSpaces()
            let parsed = Double(raw)
            var number = parsed.flatMap { $0.isFinite && $0 != 0 ? $0 / 10 : nil }
            if parsed == nil || parsed?.isFinite == false {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "val \(quoted(raw)) is not a number; left missing"))
            } else if number != nil, let fault = checkedValue(raw).fault {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)", reason: fault))
                number = nil
            }
            let demographic: Demographic = sex == "Male" ? .male : .female
            if cells[cause] == nil { order.append(cause) }
            if cells[cause]?[demographic] != nil {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "second \(sex) prevalence row for \(quoted(cause)); the first is kept"))
                continue
            }
            cells[cause, default: [:]][demographic] = PrevalenceValue(raw: raw, value: number)
        }
        if read == 0 { problems.append(headerOnly(path)) }
        let rows = order.map { cause in
            PrevalenceRow(rawName: cause, disease: vocabulary.disease(named: cause), values: cells[cause] ?? [:])
        }
        return (PrevalenceTable(source: .gbdGender, columns: columns, rows: rows), problems.finished(path: path))
    }
}
