import Analysis

/// The five real-world prevalence tables (section1.md §1.4, 1b-A), per 10,000.
enum PrevalenceParser {
    /// A cell: trimmed text; number with thousands separators removed; `Na`, empty, free text or 0 → missing
    /// (README decision 5).
    static func value(_ cell: String) -> PrevalenceValue {
        let raw = cell.trimmingSpaces()
        let digits = raw.replacingAll(",", with: "")
        guard let number = Double(digits), number.isFinite, number != 0 else { return PrevalenceValue(raw: raw, value: nil) }
        return PrevalenceValue(raw: raw, value: number)
    }

    static func parse(_ document: CSVDocument, source: PrevalenceSource, path: String,
                      vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        switch source {
        case .real, .demo20, .demo20RealWorld: return parseWide(document, source: source, path: path, vocabulary: vocabulary)
        case .nhisRace: return parseNHIS(document, path: path, vocabulary: vocabulary)
        case .gbdGender: return parseGBD(document, path: path, vocabulary: vocabulary)
        }
    }

    /// `disease,white,black,hispanic,asian,indigenous,male,female`.
    static func parseWide(_ document: CSVDocument, source: PrevalenceSource, path: String,
                          vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        var problems: [DataProblem] = []
        guard let header = document.records.first else {
            return (PrevalenceTable(source: source, columns: [], rows: []),
                    [DataProblem(.error, path: path, reason: "empty file: no header")])
        }
        var columns: [(index: Int, demographic: Demographic)] = []
        for (index, name) in header.fields.enumerated().dropFirst() {
            guard let demographic = Demographic(label: name) else {
                problems.append(DataProblem(.error, path: path, place: "line \(header.line)",
                                            reason: "unknown demographic column \"\(name)\"; column skipped"))
                continue
            }
            columns.append((index, demographic))
        }
        var rows: [PrevalenceRow] = []
        var lines: [(name: String, line: Int)] = []
        for record in document.records.dropFirst() {
            let name = record.fields[0].trimmingSpaces()
            let disease = vocabulary.disease(named: name)
            if disease == nil {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "disease \"\(name)\" matches no study disease; row kept unmatched"))
            }
            if record.fields.count != header.fields.count {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "\(record.fields.count) fields, header has \(header.fields.count)"))
            }
            var values: [Demographic: PrevalenceValue] = [:]
            for column in columns {
                values[column.demographic] = value(column.index < record.fields.count ? record.fields[column.index] : "")
            }
            rows.append(PrevalenceRow(rawName: name, disease: disease, values: values))
            lines.append((name, record.line))
        }
        problems += duplicateRowProblems(lines, path: path)
        return (PrevalenceTable(source: source, columns: columns.map(\.demographic), rows: rows), problems)
    }

    /// NHIS: rows with `nihs_available == TRUE` and `demographic_cat == "1: Race"`; `disease_value_1..6` = white,
    /// black, hispanic, asian, indigenous, pacific islander.
    static func parseNHIS(_ document: CSVDocument, path: String, vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        let columns: [Demographic] = [.white, .black, .hispanic, .asian, .indigenous, .pacificIslander]
        guard let header = document.records.first else {
            return (PrevalenceTable(source: .nhisRace, columns: columns, rows: []),
                    [DataProblem(.error, path: path, reason: "empty file: no header")])
        }
        let names = header.fields.map { $0.trimmingSpaces() }
        let needed = ["nihs_available", "disease", "demographic_cat"] + (1...6).map { "disease_value_\($0)" }
        let indices = needed.map { names.firstIndex(of: $0) }
        guard indices.allSatisfy({ $0 != nil }) else {
            let absent = zip(needed, indices).filter { $0.1 == nil }.map(\.0)
            return (PrevalenceTable(source: .nhisRace, columns: columns, rows: []),
                    [DataProblem(.error, path: path, place: "line \(header.line)",
                                 reason: "header lacks \(absent.joined(separator: ", ")); file not read")])
        }
        let index = indices.compactMap { $0 }
        var rows: [PrevalenceRow] = []
        var lines: [(name: String, line: Int)] = []
        var problems: [DataProblem] = []
        func field(_ record: CSVRecord, _ column: Int) -> String {
            column < record.fields.count ? record.fields[column].trimmingSpaces() : ""
        }
        for record in document.records.dropFirst()
        where field(record, index[0]).uppercased() == "TRUE" && field(record, index[2]) == "1: Race" {
            let name = field(record, index[1])
            let disease = vocabulary.disease(named: name)
            if disease == nil {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "disease \"\(name)\" matches no study disease; row kept unmatched"))
            }
            var values: [Demographic: PrevalenceValue] = [:]
            for (offset, demographic) in columns.enumerated() { values[demographic] = value(field(record, index[3 + offset])) }
            rows.append(PrevalenceRow(rawName: name, disease: disease, values: values))
            lines.append((name, record.line))
        }
        problems += duplicateRowProblems(lines, path: path)
        return (PrevalenceTable(source: .nhisRace, columns: columns, rows: rows), problems)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
