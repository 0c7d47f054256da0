/// One CSV record and the line it starts on (1-based, counting physical lines).
struct CSVRecord: Sendable, Hashable {
    let line: Int
    /// At most `CSVStream.maximumFields` fields; `fieldCount` says how many the record really had.
    let fields: [String]
    /// Fields in the record as written (more than `fields.count` when the record was wider than the bound).
    let fieldCount: Int

    init(line: Int, fields: [String], fieldCount: Int? = nil) {
        self.line = line
        self.fields = fields
        self.fieldCount = fieldCount ?? fields.count
    }
}

/// The records of a CSV text, and whether any field was not valid UTF-8 (tests and small tables only: the loaders
/// read records one at a time through `CSVStream`, so that memory stays proportional to one record).
struct CSVDocument: Sendable {
    let records: [CSVRecord]
    /// Line of the first field with invalid UTF-8 (decoded with U+FFFD), if any.
    let firstInvalidUTF8Line: Int?
    /// Line where a quoted field was still open at the end of the file, if any.
    let unterminatedQuoteLine: Int?
}

/// RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a leading UTF-8 BOM is
/// skipped; blank lines are skipped.
enum CSVReader {
    /// Every record at once.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVDocument {
        var stream = CSVStream(bytes)
        var records: [CSVRecord] = []
        while let record = stream.next() { records.append(record) }
        return CSVDocument(records: records, firstInvalidUTF8Line: stream.firstInvalidUTF8Line,
                           unterminatedQuoteLine: stream.unterminatedQuoteLine)
    }
}

/// Records read one at a time from the bytes of a CSV text. Memory is bounded by one record: a record keeps at
/// most `maximumFields` fields (the widest Cross-Care table has 9), the rest are only counted; an unquoted field is
/// decoded straight from the file's bytes.
struct CSVStream {
    static let maximumFields = 64

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    /// Line of the first field with invalid UTF-8 (decoded with U+FFFD), if any, among the records read so far.
    private(set) var firstInvalidUTF8Line: Int?
    /// Line where a quoted field was still open at the end of the file, if any.
    private(set) var unterminatedQuoteLine: Int?
    /// Records returned so far.
    private(set) var recordCount = 0
    private var quotedField: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    /// The next record that is not blank, nil at the end of the text.
    mutating func next() -> CSVRecord? {
        while index < bytes.count {
            if let record = readRecord() {
                recordCount += 1
                return record
            }
        }
        return nil
    }

    /// Reads the remaining records (so that `firstInvalidUTF8Line` and `unterminatedQuoteLine` cover the whole text).
    mutating func drain() { while next() != nil {} }

    private mutating func readRecord() -> CSVRecord? {
        let startLine = line
        var fields: [String] = []
        var count = 0
        while true {
            let fieldLine = line
            let keep = count < Self.maximumFields
            let (text, ended) = readField(keep: keep, line: fieldLine)
            if keep { fields.append(text) }
            count += 1
            if ended { break }
        }
        if count == 1 && fields[0].isEmpty { return nil }
        return CSVRecord(line: startLine, fields: fields, fieldCount: count)
    }

    /// Reads one field; returns its text (empty when not kept) and whether the record ended (line break or end).
    private mutating func readField(keep: Bool, line fieldLine: Int) -> (String, Bool) {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"),
            carriage = UInt8(ascii: "\r")
        if index < bytes.count, bytes[index] == quote { return readQuotedField(keep: keep, line: fieldLine) }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == comma {
                let text = keep ? decode(start..<index, line: fieldLine) : ""
                index += 1
                return (text, false)
            }
            if byte == newline || byte == carriage {
                let text = keep ? decode(start..<index, line: fieldLine) : ""
                index += (byte == carriage && index + 1 < bytes.count && bytes[index + 1] == newline) ? 2 : 1
                line += 1
                return (text, true)
            }
            index += 1
        }
        return (keep ? decode(start..<index, line: fieldLine) : "", true)
    }

    /// A field that starts with a quote: doubled quotes, and text after the closing quote up to the delimiter.
    private mutating func readQuotedField(keep: Bool, line fieldLine: Int) -> (String, Bool) {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"),
            carriage = UInt8(ascii: "\r")
        quotedField.removeAll(keepingCapacity: true)
        var quoted = true
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        if keep { quotedField.append(quote) }
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    continue
                }
                if byte == newline { line += 1 }
                if keep { quotedField.append(byte) }
                index += 1
                continue
            }
            if byte == comma { index += 1; return (finishQuoted(keep, fieldLine), false) }
            if byte == newline || byte == carriage {
                index += (byte == carriage && index + 1 < bytes.count && bytes[index + 1] == newline) ? 2 : 1
                line += 1
                return (finishQuoted(keep, fieldLine), true)
            }
            if keep { quotedField.append(byte) }
            index += 1
        }
        if quoted, unterminatedQuoteLine == nil { unterminatedQuoteLine = fieldLine }
        return (finishQuoted(keep, fieldLine), true)
    }

    private mutating func finishQuoted(_ keep: Bool, _ fieldLine: Int) -> String {
        guard keep else { return "" }
        let text = quotedField.withUnsafeBufferPointer { decode($0, line: fieldLine) }
        if quotedField.capacity > 1 << 16 { quotedField = [] }  // a huge field's buffer is not kept
        return text
    }

    private mutating func decode(_ range: Range<Int>, line: Int) -> String {
        decode(UnsafeBufferPointer(rebasing: bytes[range]), line: line)
    }

    private mutating func decode(_ raw: UnsafeBufferPointer<UInt8>, line: Int) -> String {
        if let text = String(validating: raw, as: UTF8.self) { return text }
        if firstInvalidUTF8Line == nil { firstInvalidUTF8Line = line }
        return String(decoding: raw, as: UTF8.self)
    }
}
