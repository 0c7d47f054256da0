/// Why a JSON text could not be read, and where (byte offset from the start of the file).
struct JSONSyntaxError: Error, Sendable, Hashable {
    let offset: Int
    let reason: String
}

/// A read position in the bytes of a JSON text, with the token readers the file parsers need.
///
/// Lenient where the study's files need it: bare `NaN`, `Infinity` and `-Infinity` are numbers. Containers nest
/// at most `maximumDepth` deep so that a hostile file cannot exhaust the stack.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0
    /// Offset of the first string that was not valid UTF-8, if any (its text holds U+FFFD instead).
    var firstInvalidUTF8: Int?

    static let maximumDepth = 64

    /// A leading UTF-8 byte order mark is skipped (RFC 8259 §8.1 allows ignoring it; Windows editors write one).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// Whether `byte` is JSON white space: space, tab, line feed or carriage return.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    /// Skips spaces, tabs and line breaks.
    @inline(__always)
    mutating func skipSpace() {
        while position < bytes.count {
            guard Self.isSpace(bytes[position]) else { return }
            position += 1
        }
    }

    /// The next non-space byte, not consumed; nil at the end.
    @inline(__always)
    mutating func peek() -> UInt8? {
        skipSpace()
        return position < bytes.count ? bytes[position] : nil
    }

    func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? position, reason: reason)
    }

    func truncatedOr(_ reason: String) -> JSONSyntaxError {
        isAtEnd ? error("unexpected end of file (truncated JSON)") : error(reason)
    }

    /// Consumes `byte` after optional space, or throws naming what was expected.
    @inline(__always)
    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        guard peek() == byte else { throw truncatedOr("expected \(what)") }
        position += 1
    }

    /// Consumes the opening bracket of a container and enters one nesting level.
    mutating func enter(_ open: UInt8) throws(JSONSyntaxError) {
        try expect(open, open == UInt8(ascii: "{") ? "'{'" : "'['")
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    /// Whether the container has another element; consumes the separating comma, or the closing bracket
    /// (leaving the nesting level) when it returns false.
    @inline(__always)
    mutating func hasNext(closing: UInt8, isFirst: inout Bool) throws(JSONSyntaxError) -> Bool {
        guard let byte = peek() else { throw error("unexpected end of file (truncated JSON)") }
        if byte == closing {
            position += 1
            depth -= 1
            return false
        }
        if !isFirst {
            guard byte == UInt8(ascii: ",") else { throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))'") }
            position += 1
        }
        isFirst = false
        return true
    }

    /// Reads an object key and its colon.
    mutating func readKey() throws(JSONSyntaxError) -> String {
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':' after key")
        return key
    }

    /// The offsets of a string token's bytes between its quotes, as written (escapes not decoded), without consuming
    /// it; nil when the next token is not a complete string.
    mutating func rawStringContent() -> Range<Int>? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return start..<index }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        return nil
    }

    /// Reads a string token, decoding escapes (`\uXXXX` with surrogate pairs). Invalid UTF-8 is replaced by U+FFFD
    /// and remembered in `firstInvalidUTF8`.
    mutating func readString() throws(JSONSyntaxError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw truncatedOr("expected a string") }
        let start = position + 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return decodedText(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start)
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            index += 1
        }
        position = bytes.count
        throw error("unexpected end of file inside a string (truncated JSON)")
    }

    private mutating func decodedText(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        if !raw.contains(where: { $0 >= 0x80 }) { return String(decoding: raw, as: UTF8.self) }
        if let text = String(validating: raw, as: UTF8.self) { return text }
        if firstInvalidUTF8 == nil { firstInvalidUTF8 = offset }
        return String(decoding: raw, as: UTF8.self)
    }

    private mutating func readEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var buffer: [UInt8] = []
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return buffer.withUnsafeBufferPointer { decodedText($0, at: start) }
            }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            index = try appendEscape(at: index, into: &buffer)
        }
        position = bytes.count
        throw error("unexpected end of file inside a string (truncated JSON)")
    }

    /// Decodes the escape starting at the backslash at `index`; returns the index after it.
    private func appendEscape(at index: Int, into buffer: inout [UInt8]) throws(JSONSyntaxError) -> Int {
        let code = bytes[index + 1]
        if let replacement = Self.simpleEscape(code) {
            buffer.append(replacement)
            return index + 2
        }
        guard code == UInt8(ascii: "u"), let high = hexQuad(at: index + 2) else {
            throw error("invalid escape in string", at: index)
        }
        var scalarValue = high
        var next = index + 6
        if (0xD800...0xDBFF).contains(high), next + 1 < bytes.count, bytes[next] == 0x5C,
           bytes[next + 1] == UInt8(ascii: "u"), let low = hexQuad(at: next + 2), (0xDC00...0xDFFF).contains(low) {
            scalarValue = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        }
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        buffer.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [0xEF, 0xBF, 0xBD])
        return next
    }

    /// The byte a one-letter escape (`\n`, `\"` …) stands for.
    private static func simpleEscape(_ code: UInt8) -> UInt8? {
        switch code {
        case 0x22, 0x5C, 0x2F: return code
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    private func hexQuad(at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
