import Analysis

extension LogitFileParser {
    /// Reads one `[v0 … v19]` list for (disease, label) into the flat values.
    mutating func readEntry(_ cursor: inout JSONCursor, disease: DiseaseID, key: String,
                            label: String) throws(JSONSyntaxError) {
        let place = "key \"\(key)\" / \"\(label)\""
        let demographic = Demographic(label: label)
        try cursor.enter(UInt8(ascii: "["))
        scratch.removeAll(keepingCapacity: true)
        var isFirst = true
        while try cursor.hasNext(closing: UInt8(ascii: "]"), isFirst: &isFirst) {
            scratch.append(try readLogit(&cursor, place: place))
        }
        guard let demographic, demographic.group == group else {
            content.problems.append(DataProblem(.error, path: path, place: place,
                                                reason: "unknown \(group.rawValue) demographic \"\(label)\"; entry skipped"))
            return
        }
        guard scratch.count == LogitTable.templateCount else {
            content.problems.append(DataProblem(.error, path: path, place: place,
                                                reason: "\(scratch.count) values, expected \(LogitTable.templateCount) templates; entry skipped"))
            return
        }
        let slot = disease * width + demographic.indexInGroup
        guard !content.filled[slot] else {
            let same = (0..<scratch.count).allSatisfy {
                let old = content.values[slot * 20 + $0]
                return old == scratch[$0] || (old.isNaN && scratch[$0].isNaN)
            }
            content.problems.append(DataProblem(.warning, path: path, place: place,
                                                reason: same ? "duplicate entry with identical values; the first is kept"
                                                    : "duplicate entry with different values; the first is kept"))
            return
        }
        content.filled[slot] = true
        let base = slot * LogitTable.templateCount
        for index in 0..<scratch.count {
            let value = scratch[index]
            if value.isNaN { content.nanCount += 1 } else if value == 0 { content.zeroCount += 1 }
            content.values[base + index] = value
        }
    }

    /// One element of a values list: a finite number, or NaN (missing) with the fault recorded.
    private mutating func readLogit(_ cursor: inout JSONCursor, place: String) throws(JSONSyntaxError) -> Double {
        guard cursor.atNumber() else {
            let offset = cursor.position
            try cursor.skipValue()
            faults.record("non-numeric values treated as missing", place: "\(place), byte \(offset)")
            return .nan
        }
        let offset = cursor.position
        switch try cursor.readNumber() {
        case .finite(let value): return value
        case .notANumber: return .nan
        case .infinite:
            faults.record("Infinity values treated as missing", place: "\(place), byte \(offset)")
            return .nan
        case .outOfRange:
            faults.record("numbers too large for a Double treated as missing", place: "\(place), byte \(offset)")
            return .nan
        }
    }

    /// Reports the per-value faults and the entries a present disease lacks.
    mutating func finish() {
        for reason in faults.order {
            content.problems.append(DataProblem(.error, path: path, place: faults.firstPlace[reason],
                                                reason: "\(faults.counts[reason] ?? 0) \(reason) (first shown)"))
        }
        var missing: [String] = []
        for disease in content.diseasePresent.indices where content.diseasePresent[disease] {
            for demographic in group.demographics where !content.filled[disease * width + demographic.indexInGroup] {
                missing.append("\(resolver.vocabulary.diseases[disease].name)/\(demographic.label)")
            }
        }
        if !missing.isEmpty {
            content.problems.append(DataProblem(.warning, path: path,
                                                reason: "\(missing.count) (disease, demographic) entries absent, left missing: "
                                                    + missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")))
        }
    }
}
