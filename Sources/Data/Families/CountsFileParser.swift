import Analysis

/// What one windowed counts file held.
struct CountsFileContent: Sendable {
    var table: CooccurrenceTable
    var problems: [DataProblem]
    /// False when the file had no usable header: no table is registered for it.
    var usable = true
}

/// `aggregated_{gender,race}_{window}.csv`: long `Disease,Demographics,Counts`; missing rows are 0, duplicate rows
/// are summed (warning), a count that is not a non-negative integer is an error naming the line. Counts (and sums
/// of duplicates) above `CooccurrenceTable.maximumCount` are errors, so that no sum the analyses make can overflow.
enum CountsFileParser {
    static func parse(_ document: inout CSVStream, path: String, key: CooccurrenceKey,
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
        guard let header = document.next() else {
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
        while let record = document.next() {
            guard let row = parseRow(record, path: path, key: key, vocabulary: vocabulary, problems: &problems) else {
                continue
            }
            let slot = row.disease * width + row.demographic.indexInGroup
            present[row.disease] = true
            if !seen.insert(slot).inserted {
                let name = "\(vocabulary.diseases[row.disease].name)/\(row.demographic.label)"
                let (sum, overflow) = counts[slot].addingReportingOverflow(row.count)
                guard !overflow, sum <= CooccurrenceTable.maximumCount else {
                    problems.append(DataProblem(.error, path: path, place: "line \(record.line)",
                                                reason: "duplicate row for \(name) would sum past the largest supported "
                                                    + "count (\(CooccurrenceTable.maximumCount)); row skipped"))
                    continue
                }
                problems.append(DataProblem(.warning, path: path, place: "line \(record.line)",
                                            reason: "duplicate row for \(name); counts summed"))
                counts[slot] = sum
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
        guard record.fieldCount == 3 else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "\(record.fieldCount) fields, expected 3; row skipped"))
            return nil
        }
        let diseaseKey = record.fields[0], label = record.fields[1], text = record.fields[2].trimmingSpaces()
        guard let disease = vocabulary.disease(named: diseaseKey) else {
            problems.append(DataProblem(.error, path: path, place: place, reason: "unknown disease \(quoted(diseaseKey)); row skipped"))
            return nil
        }
        guard let demographic = Demographic(label: label), demographic.group == key.group else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "unknown \(key.group.rawValue) demographic \(quoted(label)); row skipped"))
            return nil
        }
        guard let count = Int(text), count >= 0 else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "count \(quoted(text)) is not a non-negative integer; row skipped"))
            return nil
        }
        guard count <= CooccurrenceTable.maximumCount else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "count \(text) exceeds the largest supported count "
                                            + "(\(CooccurrenceTable.maximumCount)); row skipped"))
            return nil
        }
        return (disease, demographic, count)
    }
}
