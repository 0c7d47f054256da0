import Testing
@testable import Data

@Suite struct JSONCursorTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try withCursor(text) { (cursor) throws(JSONSyntaxError) in try cursor.readValue() }
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try parse(#""\u4eba\u7c7b""#) == .string("人类"))
        #expect(try parse(#""a\"b\\c\/d\n""#) == .string("a\"b\\c/d\n"))
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse(#""crohn’s disease""#) == .string("crohn’s disease"))
    }

    @Test func keepsObjectOrderAndReadsNaN() throws {
        let value = try parse(#"{"b": [NaN, 1], "a": null}"#)
        #expect(value.objectValue?.map(\.key) == ["b", "a"])
        #expect(value["b"] == .array([.number(.notANumber), .number(.finite(1))]))
    }

    @Test func refusesDeepNestingWithItsOffset() {
        let text = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        #expect(throws: JSONSyntaxError(offset: 65, reason: "nesting deeper than 64 levels")) { try parse(text) }
    }

    @Test func reportsTruncationAtTheEnd() {
        #expect(throws: JSONSyntaxError(offset: 8, reason: "unexpected end of file (truncated JSON)")) {
            try parse(#"{"a": [1"#)
        }
    }

    @Test func remembersInvalidUTF8() throws {
        let bytes: [UInt8] = Array(#"{"fl"#.utf8) + [0xFF] + Array(#"u": 1}"#.utf8)
        let offset = bytes.withUnsafeBufferPointer { buffer -> Int? in
            var cursor = JSONCursor(buffer)
            _ = try? cursor.readValue()
            return cursor.firstInvalidUTF8
        }
        #expect(offset == 2)
    }
}
