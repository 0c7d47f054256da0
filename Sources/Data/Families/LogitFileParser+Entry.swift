import Analysis
import Foundation

extension LogitFileParser {
    /// Reads one `[v0 … v19]` list for (disease, label) into the flat values.
    mutating func readEntry(_ cursor: inout JSONCursor, disease: DiseaseID, key: String,
                            label: String, demographic: Demographic?) throws(JSONSyntaxError) {
        let place = Place(key: key, label: label)
        guard try expectContainer(&cursor, UInt8(ascii: "["), place: place.text, what: "values") else { return }
        try cursor.enter(UInt8(ascii: "["))
        let count = try Self.readValues(&cursor, into: &scratch, faults: &faults, place: place)
        guard let demographic, demographic.group == group else {
            content.problems.append(DataProblem(.error, path: path, place: place.text,
                                                reason: "unknown \(group.rawValue) demographic \(quoted(label)); entry skipped"))
            return
        }
        guard count == LogitTable.templateCount else {
            content.problems.append(DataProblem(.error, path: path, place: place.text,
                                                reason: "\(count) values, expected \(LogitTable.templateCount) templates; entry skipped"))
            return
        }
        let slot = disease * width + demographic.indexInGroup
        guard !content.filled[slot] else {
            let same = (0..<count).allSatisfy {
                let old = content.values[slot * 20 + $0]
                return old == scratch[$0] || (old.isNaN && scratch[$0].isNaN)
            }
            content.problems.append(DataProblem(.warning, path: path, place: place.text,
                                                reason: same ? "duplicate entry with identical values; the first is kept"
                                                    : "duplicate entry with different values; the first is kept"))
            return
        }
        content.filled[slot] = true
        let base = slot * LogitTable.templateCount
        var nans = 0, zeros = 0
        scratch.withUnsafeBufferPointer { source in
            content.values.withUnsafeMutableBufferPointer { target in
                for index in 0..<count {
                    let value = source[index]
                    if value.isNaN { nans += 1 } else if value == 0 { zeros += 1 }
                    target[base + index] = value
                }
            }
        }
        content.nanCount += nans
        content.zeroCount += zeros
    }

    /// Reads the numbers of a list whose `[` was consumed into `buffer` (pre-sized; extra values are only
    /// counted) and returns how many there were.
    static func readValues(_ cursor: inout JSONCursor, into buffer: inout [Double], faults: inout ValueFaults,
                           place: Place) throws(JSONSyntaxError) -> Int {
        var failure: JSONSyntaxError?
        let count = buffer.withUnsafeMutableBufferPointer { slots -> Int in
            var count = 0
            var isFirst = true
            do throws(JSONSyntaxError) {
                while try cursor.hasNext(closing: UInt8(ascii: "]"), isFirst: &isFirst) {
                    let value: Double
                    if let plain = cursor.readPlainNumber() {
                        value = plain
                    } else {
                        value = try readLogit(&cursor, faults: &faults, place: place)
                    }
                    if count < slots.count { slots[count] = value }
                    count += 1
                    cursor.readPlainRun(into: slots, count: &count)  // the plain numbers that follow, at once
                }
            } catch {
                failure = error
            }
            return count
        }
        if let failure { throw failure }
        return count
    }

    /// One element of a values list: a finite number, or NaN (missing) with the fault recorded.
    @inline(__always)
    private static func readLogit(_ cursor: inout JSONCursor, faults: inout ValueFaults,
                                  place: Place) throws(JSONSyntaxError) -> Double {
        guard cursor.atNumber() else {
            let offset = cursor.position
            try cursor.skipValue()
            faults.record("non-numeric values treated as missing", place: "\(place.text), byte \(offset)")
            return .nan
        }
        let offset = cursor.position
        switch try cursor.readNumber() {
        case .finite(let value): return value
        case .notANumber: return .nan
        case .infinite:
            faults.record("Infinity values treated as missing", place: "\(place.text), byte \(offset)")
            return .nan
        case .outOfRange:
            faults.record("numbers too large for a Double treated as missing", place: "\(place.text), byte \(offset)")
            return .nan
        }
    }

    /// Reads a demographic label string and maps it through `Demographic(label:)`. A file repeats the same few
    /// labels hundreds of times, so they are cached by their raw bytes as written (escapes included): a repeat is
    /// one byte comparison, with no string decoded, hashed or compared. The same bytes always decode to the same
    /// text, so the cache never changes a result.
    mutating func readLabel(_ cursor: inout JSONCursor) throws(JSONSyntaxError) -> (String, Demographic?) {
        guard let raw = cursor.rawStringContent() else {
            let label = try cursor.readString()
            return (label, Demographic(label: label))
        }
        let rawBytes = UnsafeBufferPointer(rebasing: cursor.bytes[raw])
        for entry in labelCache where entry.matches(rawBytes) {
            cursor.position = raw.endIndex + 1
            return (entry.label, entry.demographic)
        }
        let label = try cursor.readString()
        let demographic = Demographic(label: label)
        if demographic != nil, labelCache.count < 32 { labelLanguages[LabelLanguage.of(label), default: 0] += 1 }
        if labelCache.count < 32 {
            labelCache.append(CachedLabel(raw: Array(rawBytes), label: label, demographic: demographic))
        }
        return (label, demographic)
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

/// Where an entry is, formatted only when a problem needs it.
struct Place {
    let key: String
    let label: String
    var text: String { "key \(quoted(key)) / \(quoted(label))" }
}

/// A demographic label already mapped in this file.
struct CachedLabel {
    /// The label's bytes between the quotes, as written in the file.
    let raw: [UInt8]
    let label: String
    let demographic: Demographic?

    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard raw.count == bytes.count else { return false }
        return raw.withUnsafeBufferPointer { own in
            guard let left = own.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, own.count) == 0
        }
    }
}

extension LogitFileParser {
    /// Whether the next value opens `opening`; if it is another value (a wrong type), reports it with its byte
    /// offset, skips it and returns false, so that one mistyped entry does not end the file.
    /// `place` is built only when the container is wrong (it is asked for once per entry of every file).
    mutating func expectContainer(_ cursor: inout JSONCursor, _ opening: UInt8, place: @autoclosure () -> String,
                                  what: String) throws(JSONSyntaxError) -> Bool {
        guard let next = cursor.peek() else { throw cursor.error("unexpected end of file (truncated JSON)") }
        guard next != opening else { return true }
        let offset = cursor.position
        let expected = opening == UInt8(ascii: "[") ? "a list" : "an object"
        content.problems.append(DataProblem(.error, path: path, place: "\(place()), byte \(offset)",
                                            reason: "\(what) are not \(expected); skipped"))
        try cursor.skipValue()
        return false
    }
}
