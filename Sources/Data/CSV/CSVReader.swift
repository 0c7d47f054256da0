/// One CSV record and the line it starts on (1-based, counting physical lines).
struct CSVRecord: Sendable, Hashable {
    let line: Int
    let fields: [String]
}

/// The records of a CSV text, and whether any field was not valid UTF-8.
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
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVDocument {
        var state = CSVState(bytes: bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { state.index = 3 }
        while state.index < bytes.count { state.readRecord() }
        return CSVDocument(records: state.records, firstInvalidUTF8Line: state.firstInvalidLine,
                           unterminatedQuoteLine: state.unterminatedLine)
    }
}

private struct CSVState {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var line = 1
    var records: [CSVRecord] = []
    var firstInvalidLine: Int?
    var unterminatedLine: Int?

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func readRecord() {
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        while true {
            let fieldLine = line
            let ended = readField(into: &field)
            fields.append(decode(field, line: fieldLine))
            field.removeAll(keepingCapacity: true)
            if ended { break }
        }
        let isBlank = fields.count == 1 && fields[0].isEmpty
        if !isBlank { records.append(CSVRecord(line: startLine, fields: fields)) }
    }

    /// Reads one field into `field`; returns true when the record ended (line break or end of text).
    mutating func readField(into field: inout [UInt8]) -> Bool {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"),
            carriage = UInt8(ascii: "\r")
        var quoted = false
        if index < bytes.count, bytes[index] == quote {
            quoted = true
            index += 1
        }
        let quoteLine = line
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    quoted = false
                    index += 1
                    continue
                }
                if byte == newline { line += 1 }
                field.append(byte)
                index += 1
                continue
            }
            if byte == comma { index += 1; return false }
            if byte == newline || byte == carriage {
                index += (byte == carriage && index + 1 < bytes.count && bytes[index + 1] == newline) ? 2 : 1
                line += 1
                return true
            }
            field.append(byte)
            index += 1
        }
        if quoted, unterminatedLine == nil { unterminatedLine = quoteLine }
        return true
    }

    mutating func decode(_ field: [UInt8], line: Int) -> String {
        if let text = String(validating: field, as: UTF8.self) { return text }
        if firstInvalidLine == nil { firstInvalidLine = line }
        return String(decoding: field, as: UTF8.self)
    }
}
