import Analysis

/// A user's prevalence table in the layout of `cross_care_demo_real.csv`: a disease column, then one column per
/// demographic (race and gender labels in any language the vocabulary knows), values per 10,000 with optional
/// thousands separators. Validated as a table the user wrote: an unknown demographic column, a duplicate column,
/// an unknown or repeated disease, a negative or non-numeric value are a problem each; the rest is used.
enum UserPrevalenceParser {
    /// Cells that mean "no value" without being a fault.
    static let missingWords: Set<String> = ["", "na", "n/a", "nan", "-"]

    static func parse(_ document: CSVDocument, path: String, vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        var problems: [DataProblem] = []
        func problem(_ severity: ProblemSeverity, _ line: Int, _ reason: String) {
            problems.append(DataProblem(severity, path: path, place: "line \(line)", reason: reason))
        }
        guard let header = document.records.first else {
            return (PrevalenceTable(source: .real, columns: [], rows: []),
                    [DataProblem(.error, path: path, reason: "empty file: no header")])
        }
        var columns: [(index: Int, demographic: Demographic)] = []
        for (index, rawName) in header.fields.enumerated().dropFirst() {
            let name = rawName.trimmingSpaces()
            guard let demographic = Demographic(label: name) else {
                problem(.warning, header.line, "column \"\(name)\" is not a known demographic; ignored")
                continue
            }
            if let first = columns.first(where: { $0.demographic == demographic }) {
                problem(.error, header.line, "column \"\(name)\" repeats \(demographic.label) (column \(first.index + 1)); "
                        + "the first is used")
                continue
            }
            columns.append((index, demographic))
        }
        var rows: [PrevalenceRow] = []
        var firstLine: [DiseaseID: Int] = [:]
        for record in document.records.dropFirst() {
            let name = record.fields[0].trimmingSpaces()
            guard let disease = vocabulary.disease(named: name) else {
                problem(.error, record.line, "unknown disease \"\(name)\"; row ignored")
                continue
            }
            if let first = firstLine[disease] {
                problem(.error, record.line, "second row for \(vocabulary.diseases[disease].name) (first at line \(first)); "
                        + "row ignored")
                continue
            }
            firstLine[disease] = record.line
            if record.fields.count != header.fields.count {
                problem(.warning, record.line, "\(record.fields.count) fields, header has \(header.fields.count)")
            }
            var values: [Demographic: PrevalenceValue] = [:]
            for column in columns {
                let cell = column.index < record.fields.count ? record.fields[column.index] : ""
                let (value, fault) = self.value(cell)
                if let fault { problem(.error, record.line, "\(column.demographic.label): \(fault); treated as missing") }
                values[column.demographic] = value
            }
            rows.append(PrevalenceRow(rawName: name, disease: disease, values: values))
        }
        return (PrevalenceTable(source: .real, columns: columns.map(\.demographic), rows: rows), problems)
    }

    /// A cell's value, and what is wrong with it: a negative number or text that is not a number. `0` is the
    /// study's "not available" (missing, no fault), as are the `missingWords`.
    static func value(_ cell: String) -> (PrevalenceValue, String?) {
        let raw = cell.trimmingSpaces()
        if missingWords.contains(raw.lowercased()) { return (PrevalenceValue(raw: raw, value: nil), nil) }
        let digits = raw.replacingAll(",", with: "")
        if let number = Double(digits), number < 0, PrevalenceParser.isDecimal(digits) {
            return (PrevalenceValue(raw: raw, value: nil), "negative value \(raw)")
        }
        // The built-in tables' rules (hex floats and other non-decimal numbers refused), then: text is a fault here.
        let (parsed, fault) = PrevalenceParser.checkedValue(raw)
        if let fault { return (parsed, fault.replacing("; left missing", with: "")) }
        if parsed.value == nil, Double(digits) != 0 { return (parsed, "non-numeric value \"\(raw)\"") }
        return (parsed, nil)
    }
}
