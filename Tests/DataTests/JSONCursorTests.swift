import Testing
@testable import Data
import TestSupport

@Suite struct JSONCursorTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try withCursor(text) { (cursor) throws(JSONSyntaxError) in try cursor.readValue() }
    }

    /// Every fast path of `readNumber` (Clinger, Eisel–Lemire, the strtod fallback) gives the standard library's
    /// correctly rounded value, bit for bit, on seeded random decimal texts of 1–20 digits like the logits files'.
    @Test func numbersMatchTheStandardLibraryBitForBit() throws {
        var generator = TestRandom(seed: 7)
        for round in 0..<20_000 {
            let digits = Int.random(in: 1...20, using: &generator)
            var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            if text.count > 1, text.first == "0" { text.removeFirst() }
            let point = Int.random(in: 0...text.count, using: &generator)
            if point > 0, point < text.count { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            if round % 3 == 0 { text = "-" + text }
            if round % 7 == 0 { text += "e\(Int.random(in: -30...30, using: &generator))" }
            let expected = try #require(Double(text))
            let value = try parse("[\(text)]")
            #expect(value == .array([.number(.finite(expected))]), "\(text)")
            if case .array(let items) = value, case .number(.finite(let read))? = items.first {
                #expect(read.bitPattern == expected.bitPattern, "\(text)")
            }
        }
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
