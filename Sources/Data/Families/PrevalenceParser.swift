import Analysis

/// The five real-world prevalence tables (section1.md §1.4, 1b-A), per 10,000.
enum PrevalenceParser {
    /// Records read from one table at most: the largest real table has 36 causes (GBD, 217 records);
    /// beyond this the rest is refused with an error, so that memory stays bounded by the input (issue 20).
    static let maximumRecords = 10_000

    /// A cell: trimmed text; number with thousands separators removed; `Na`, empty, free text or 0 → missing
    /// (README decision 5).
    static func value(_ cell: String) -> PrevalenceValue { checkedValue(cell).value }

    /// The cell and, for a number the tables cannot hold, why it is left missing: a negative value, or a number
    /// that is not written in decimal (`0x1p3`, which `Double(_:)` would read as 8).
    static func checkedValue(_ cell: String) -> (value: PrevalenceValue, fault: String?) {
        let raw = cell.trimmingSpaces()
        let digits = raw.replacingAll(",", with: "")
        guard let number = Double(digits), number.isFinite, number != 0 else { return (PrevalenceValue(raw: raw, value: nil), nil) }
        guard isDecimal(digits) else {
            return (PrevalenceValue(raw: raw, value: nil), "value \(quoted(raw)) is not a decimal number; left missing")
        }
        guard number > 0 else {
            return (PrevalenceValue(raw: raw, value: nil), "negative value \(quoted(raw)); left missing")
        }
        return (PrevalenceValue(raw: raw, value: number), nil)
    }

    /// `[+-]digits[.digits][e[+-]digits]` (or `.digits`): what a prevalence table writes.
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digitRun() -> Int {
            let run = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            bytes = bytes.dropFirst(run)
            return run
        }
        var mantissa = digitRun()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digitRun()
        }
        guard mantissa > 0 else { return false }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digitRun() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    static func parse(_ document: inout CSVStream, source: PrevalenceSource, path: String,
                      vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        var result: (PrevalenceTable, [DataProblem])
        switch source {
        case .real, .demo20, .demo20RealWorld: result = parseWide(&document, source: source, path: path, vocabulary: vocabulary)
        case .nhisRace: result = parseNHIS(&document, path: path, vocabulary: vocabulary)
        case .gbdGender: result = parseGBD(&document, path: path, vocabulary: vocabulary)
        }
        if document.recordCount > maximumRecords, document.next() != nil {
            result.1.append(DataProblem(.error, path: path, place: "line \(document.line - 1)",
                                        reason: "more than \(maximumRecords) rows; the rest is not read"))
        }
        document.drain()
        return result
    }

    /// The next data record, nil at the end or after `maximumRecords` (the caller reports the rest).
    static func nextRecord(_ document: inout CSVStream, read: inout Int) -> CSVRecord? {
        guard read < maximumRecords, let record = document.next() else { return nil }
        read += 1
        return record
    }

    /// The error for a table with a header and no rows.
    static func headerOnly(_ path: String) -> DataProblem {
        DataProblem(.error, path: path, reason: "header only: no rows, the table has no data")
    }

    /// `disease,white,black,hispanic,asian,indigenous,male,female`.
    static func parseWide(_ document: inout CSVStream, source: PrevalenceSource, path: String,
                          vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        var problems = BoundedProblems()
        guard let header = document.next() else {
            return (PrevalenceTable(source: source, columns: [], rows: []),
                    [DataProblem(.error, path: path, reason: "empty file: no header")])
        }
        let columns = wideColumns(header, path: path, problems: &problems)
        var rows: [PrevalenceRow] = []
        var lines: [(name: String, line: Int)] = []
        var read = 0
        while let record = nextRecord(&document, read: &read) {
            let name = record.fields[0].trimmingSpaces()
            let disease = vocabulary.disease(named: name)
            if disease == nil {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "disease \(quoted(name)) matches no study disease; row kept unmatched"))
            }
            if record.fieldCount != header.fieldCount {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "\(record.fieldCount) fields, header has \(header.fieldCount)"))
            }
            var values: [Demographic: PrevalenceValue] = [:]
            for column in columns {
                let cell = column.index < record.fields.count ? record.fields[column.index] : ""
                values[column.demographic] = checked(cell, path: path, line: record.line, problems: &problems)
            }
            rows.append(PrevalenceRow(rawName: name, disease: disease, values: values))
            lines.append((name, record.line))
        }
        if read == 0 { problems.append(headerOnly(path)) }
        problems += duplicateRowProblems(lines, path: path)
        return (PrevalenceTable(source: source, columns: columns.map(\.demographic), rows: rows), problems.finished(path: path))
    }

    /// The demographic columns of a wide header; an unknown or repeated column is reported and skipped (the first
    /// of a repeated column is kept).
    static func wideColumns(_ header: CSVRecord, path: String,
                            problems: inout BoundedProblems) -> [(index: Int, demographic: Demographic)] {
        var columns: [(index: Int, demographic: Demographic)] = []
        for (index, name) in header.fields.enumerated().dropFirst() {
            guard let demographic = Demographic(label: name) else {
                problems.append(DataProblem(.error, path: path, place: "line \(header.line)",
                                            reason: "unknown demographic column \(quoted(name)); column skipped"))
                continue
            }
            if let first = columns.first(where: { $0.demographic == demographic }) {
                problems.append(DataProblem(.error, path: path, place: "line \(header.line)",
                                            reason: "duplicate column \(quoted(name)) (column \(index + 1); first at "
                                                + "column \(first.index + 1)); the first is kept"))
                continue
            }
            columns.append((index, demographic))
        }
        return columns
    }

    /// A cell through `checkedValue`, its fault (if any) recorded with the line.
    static func checked(_ cell: String, path: String, line: Int, problems: inout BoundedProblems) -> PrevalenceValue {
        let (value, fault) = checkedValue(cell)
        if let fault { problems.append(DataProblem(.warning, path: path, place: "line \(line)", reason: fault)) }
        return value
    }

    /// NHIS: rows with `nihs_available == TRUE` and `demographic_cat == "1: Race"`; `disease_value_1..6` = white,
    /// black, hispanic, asian, indigenous, pacific islander.
    static func parseNHIS(_ document: inout CSVStream, path: String, vocabulary: Vocabulary) -> (PrevalenceTable, [DataProblem]) {
        let columns: [Demographic] = [.white, .black, .hispanic, .asian, .indigenous, .pacificIslander]
        guard let header = document.next() else {
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
        var problems = BoundedProblems()
        func field(_ record: CSVRecord, _ column: Int) -> String {
            column < record.fields.count ? record.fields[column].trimmingSpaces() : ""
        }
        var read = 0
        while let record = nextRecord(&document, read: &read) {
            guard field(record, index[0]).uppercased() == "TRUE" && field(record, index[2]) == "1: Race" else { continue }
            let name = field(record, index[1])
            let disease = vocabulary.disease(named: name)
            if disease == nil {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "disease \(quoted(name)) matches no study disease; row kept unmatched"))
            }
            var values: [Demographic: PrevalenceValue] = [:]
            for (offset, demographic) in columns.enumerated() {
                values[demographic] = checked(field(record, index[3 + offset]), path: path, line: record.line,
                                              problems: &problems)
            }
            rows.append(PrevalenceRow(rawName: name, disease: disease, values: values))
            lines.append((name, record.line))
        }
        if read == 0 { problems.append(headerOnly(path)) }
        problems += duplicateRowProblems(lines, path: path)
        return (PrevalenceTable(source: .nhisRace, columns: columns, rows: rows), problems.finished(path: path))
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
