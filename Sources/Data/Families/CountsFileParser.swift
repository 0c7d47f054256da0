import Analysis

/// What one windowed counts file held.
struct CountsFileContent: Sendable {
    var table: CooccurrenceTable
    var problems: [DataProblem]
    /// False when the file had no usable header: no table is registered for it.
    var usable = true
}

/// `aggregated_{gender,race}_{window}.csv`: long `Disease,Demographics,Counts`; missing rows are 0, duplicate rows
/// are summed (warning), a count that is not a non-negative integer is an error naming the line.
enum CountsFileParser {
    static func parse(_ document: CSVDocument, path: String, key: CooccurrenceKey,
                      vocabulary: Vocabulary) -> CountsFileContent {
        let width = key.group.demographics.count
        var counts = [Int](repeating: 0, count: vocabulary.diseases.count * width)
        var present = [Bool](repeating: false, count: vocabulary.diseases.count)
        var seen = Set<Int>()
        var rows = 0
        var problems = BoundedProblems()
        func finish() -> CountsFileContent {
            CountsFileContent(table: CooccurrenceTable(window: key.window, group: key.group, counts: counts,
                                                       diseasePresent: present, rowCount: rows),
                              problems: problems.finished(path: path))
        }
        guard let header = document.records.first else {
            problems.append(DataProblem(.error, path: path, reason: "empty file: no header, no rows"))
            var content = finish()
            content.usable = false
            return content
        }
        let names = header.fields.map { $0.trimmingSpaces().lowercased() }
        guard names.count >= 3, names[0] == "disease", names[1] == "demographics", names[2] == "counts" else {
            problems.append(DataProblem(.error, path: path, place: "line \(header.line)",
                                        reason: "header is not Disease,Demographics,Counts; file not read"))
            var content = finish()
            content.usable = false
            return content
        }
        for record in document.records.dropFirst() {
            guard let row = parseRow(record, path: path, key: key, vocabulary: vocabulary, problems: &problems) else {
                continue
            }
            let slot = row.disease * width + row.demographic.indexInGroup
            present[row.disease] = true
            if !seen.insert(slot).inserted {
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "duplicate row for \(vocabulary.diseases[row.disease].name)/\(row.demographic.label); counts summed"))
                let (sum, overflow) = counts[slot].addingReportingOverflow(row.count)
                counts[slot] = overflow ? Int.max : sum
                continue
            }
            rows += 1
            counts[slot] = row.count
        }
        return finish()
    }
}

extension CountsFileParser {
    /// One row's disease, demographic and count, or nil with the problem recorded.
    static func parseRow(_ record: CSVRecord, path: String, key: CooccurrenceKey, vocabulary: Vocabulary,
                         problems: inout BoundedProblems) -> (disease: DiseaseID, demographic: Demographic, count: Int)? {
        let place = "line \(record.line)"
        guard record.fields.count >= 3 else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "\(record.fields.count) fields, expected 3; row skipped"))
            return nil
        }
        let diseaseKey = record.fields[0], label = record.fields[1], text = record.fields[2].trimmingSpaces()
        guard let disease = vocabulary.disease(named: diseaseKey) else {
            problems.append(DataProblem(.error, path: path, place: place, reason: "unknown disease \"\(diseaseKey)\"; row skipped"))
            return nil
        }
        guard let demographic = Demographic(label: label), demographic.group == key.group else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "unknown \(key.group.rawValue) demographic \"\(label)\"; row skipped"))
            return nil
        }
        guard let count = Int(text), count >= 0 else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "count \"\(text)\" is not a non-negative integer; row skipped"))
            return nil
        }
        return (disease, demographic, count)
    }
}

/// `results_disease_document_counts_pile.json`: `[{"disease": key, "count": int}, …]`.
enum DocumentTotalsParser {
    static func parse(_ value: JSONValue, path: String, vocabulary: Vocabulary) -> ([Int?], [DataProblem]) {
        var totals = [Int?](repeating: nil, count: vocabulary.diseases.count)
        var problems: [DataProblem] = []
        guard let records = value.arrayValue else {
            return (totals, [DataProblem(.error, path: path, reason: "expected a JSON array of {disease, count}")])
        }
        for (index, record) in records.enumerated() {
            let place = "element \(index)"
            guard let key = record["disease"]?.stringValue, let number = record["count"]?.doubleValue,
                  number >= 0, number < 9.0e15, number == number.rounded() else {
                problems.append(DataProblem(.error, path: path, place: place,
                                            reason: "not {\"disease\": name, \"count\": non-negative integer}; skipped"))
                continue
            }
            guard let disease = vocabulary.disease(named: key) else {
                problems.append(DataProblem(.error, path: path, place: place, reason: "unknown disease \"\(key)\"; skipped"))
                continue
            }
            if totals[disease] != nil {
                problems.append(DataProblem(.warning, path: path, place: place,
                                            reason: "duplicate record for \(vocabulary.diseases[disease].name); the first is kept"))
                continue
            }
            totals[disease] = Int(number)
        }
        return (totals, problems)
    }
}
