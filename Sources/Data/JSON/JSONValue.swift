/// A parsed JSON value for the small files (vocabulary, document counts); objects keep their key order.
indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(NumberReading)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .number(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let values): hasher.combine(values)
        case .object(let members): for member in members { hasher.combine(member.key); hasher.combine(member.value) }
        }
    }

    var stringValue: String? { if case .string(let text) = self { return text } else { return nil } }
    var arrayValue: [JSONValue]? { if case .array(let values) = self { return values } else { return nil } }
    var objectValue: [(key: String, value: JSONValue)]? {
        if case .object(let members) = self { return members } else { return nil }
    }
    var doubleValue: Double? { if case .number(.finite(let value)) = self { return value } else { return nil } }

    /// The value of the first member named `key` of an object.
    subscript(key: String) -> JSONValue? { objectValue?.first { $0.key == key }?.value }

    /// Parses a whole JSON text (one value, then only space).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var cursor = JSONCursor(bytes)
        let value = try cursor.readValue()
        if cursor.peek() != nil { throw cursor.error("unexpected text after the JSON value") }
        return value
    }
}

extension JSONCursor {
    /// Reads any value (depth-limited).
    mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = peek() else { throw error("unexpected end of file (truncated JSON)") }
        switch byte {
        case UInt8(ascii: "{"):
            try enter(byte)
            var members: [(key: String, value: JSONValue)] = []
            var isFirst = true
            while try hasNext(closing: UInt8(ascii: "}"), isFirst: &isFirst) {
                let key = try readKey()
                members.append((key, try readValue()))
            }
            return .object(members)
        case UInt8(ascii: "["):
            try enter(byte)
            var values: [JSONValue] = []
            var isFirst = true
            while try hasNext(closing: UInt8(ascii: "]"), isFirst: &isFirst) { values.append(try readValue()) }
            return .array(values)
        case UInt8(ascii: "\""): return .string(try readString())
        default: return try readLiteral()
        }
    }

    /// Skips any value without building it (depth-limited).
    mutating func skipValue() throws(JSONSyntaxError) {
        guard let byte = peek() else { throw error("unexpected end of file (truncated JSON)") }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let closing = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            try enter(byte)
            var isFirst = true
            while try hasNext(closing: closing, isFirst: &isFirst) {
                if closing == UInt8(ascii: "}") { _ = try readKey() }
                try skipValue()
            }
        case UInt8(ascii: "\""): _ = try readString()
        default: _ = try readLiteral()
        }
    }

    /// Skips the remaining elements of the container whose opening bracket was already consumed.
    mutating func skipRest(closing: UInt8, isFirst: Bool) throws(JSONSyntaxError) {
        var first = isFirst
        while try hasNext(closing: closing, isFirst: &first) {
            if closing == UInt8(ascii: "}") { _ = try readKey() }
            try skipValue()
        }
    }

    private mutating func readLiteral() throws(JSONSyntaxError) -> JSONValue {
        if matches("true") { position += 4; return .bool(true) }
        if matches("false") { position += 5; return .bool(false) }
        if matches("null") { position += 4; return .null }
        guard atNumber() else { throw error("unexpected character '\(printable(bytes[position]))'") }
        return .number(try readNumber())
    }

    func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "byte 0x" + String(byte, radix: 16)
    }
}
