import Analysis

/// `results_disease_document_counts_pile.json`: `[{"disease": key, "count": int}, …]`, read element by element
/// with the cursor (no document tree), so that memory stays bounded by the file: a 50 MB array of 25 million zeros
/// took 4 GB as a tree (issue 20). At most `maximumRecords` elements are read; a syntax error makes the whole file
/// unreadable, as before.
enum DocumentTotalsParser {
    /// The study has 93 diseases; a file with more elements than this is cut with an error.
    static let maximumRecords = 10_000

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, vocabulary: Vocabulary) -> FileResult {
        var totals = [Int?](repeating: nil, count: vocabulary.diseases.count)
        var problems = BoundedProblems()
        var cursor = JSONCursor(bytes)
        do throws(JSONSyntaxError) {
            guard cursor.peek() == UInt8(ascii: "[") else {
                try cursor.skipValue()
                if cursor.peek() != nil { throw cursor.error("unexpected text after the JSON value") }
                return .documentTotals(totals, [DataProblem(.error, path: path, reason: "expected a JSON array of {disease, count}")])
            }
            try cursor.enter(UInt8(ascii: "["))
            var isFirst = true
            var index = 0
            while try cursor.hasNext(closing: UInt8(ascii: "]"), isFirst: &isFirst) {
                guard index < maximumRecords else {
                    problems.append(DataProblem(.error, path: path, place: "element \(index)",
                                                reason: "more than \(maximumRecords) records; the rest is not read"))
                    try cursor.skipValue()
                    try cursor.skipRest(closing: UInt8(ascii: "]"), isFirst: false)
                    break
                }
                let record = try readRecord(&cursor)
                add(record, place: "element \(index)", path: path, vocabulary: vocabulary, totals: &totals,
                    problems: &problems)
                index += 1
            }
            if cursor.peek() != nil { throw cursor.error("unexpected text after the JSON value") }
        } catch {
            return .unreadable(DataProblem(.error, path: path, place: "byte \(error.offset)", reason: error.reason))
        }
        return .documentTotals(totals, problems.finished(path: path))
    }

    /// One element's first `disease` string and first `count` number (nil when absent or of another type).
    static func readRecord(_ cursor: inout JSONCursor) throws(JSONSyntaxError) -> (key: String?, count: Double?) {
        guard cursor.peek() == UInt8(ascii: "{") else {
            try cursor.skipValue()
            return (nil, nil)
        }
        try cursor.enter(UInt8(ascii: "{"))
        var key: String?, count: Double?
        var seenKey = false, seenCount = false
        var isFirst = true
        while try cursor.hasNext(closing: UInt8(ascii: "}"), isFirst: &isFirst) {
            let name = try cursor.readKey()
            if name == "disease", !seenKey {
                seenKey = true
                if cursor.peek() == UInt8(ascii: "\"") { key = try cursor.readString() } else { try cursor.skipValue() }
            } else if name == "count", !seenCount {
                seenCount = true
                if cursor.atNumber() {
                    if case .finite(let value) = try cursor.readNumber() { count = value }
                } else {
                    try cursor.skipValue()
                }
            } else {
                try cursor.skipValue()
            }
        }
        return (key, count)
    }

    static func add(_ record: (key: String?, count: Double?), place: String, path: String, vocabulary: Vocabulary,
                    totals: inout [Int?], problems: inout BoundedProblems) {
        guard let key = record.key, let number = record.count, number >= 0,
              number <= Double(CooccurrenceTable.maximumCount), number == number.rounded() else {
            problems.append(DataProblem(.error, path: path, place: place,
                                        reason: "not {\"disease\": name, \"count\": non-negative integer}; skipped"))
            return
        }
        guard let disease = vocabulary.disease(named: key) else {
            problems.append(DataProblem(.error, path: path, place: place, reason: "unknown disease \(quoted(key)); skipped"))
            return
        }
        if totals[disease] != nil {
            problems.append(DataProblem(.warning, path: path, place: place,
                                        reason: "duplicate record for \(vocabulary.diseases[disease].name); the first is kept"))
            return
        }
        totals[disease] = Int(number)
    }
}
