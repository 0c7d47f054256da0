import Testing
@testable import Data
import TestSupport

/// The 8-byte chunk scanner only runs where 8 bytes can be loaded past the digits, so these literals are read as
/// they sit in a file: followed by a delimiter and more text. Every value is checked bit for bit against
/// `Double(String)`.
@Suite struct NumberParsingChunkTests {
    /// Reads the first number of `literal` followed by `tail`.
    func read(_ literal: String, tail: String = "]                ") throws -> NumberReading {
        try withCursor(literal + tail) { (cursor) throws(JSONSyntaxError) in try cursor.readNumber() }
    }

    @Test func seededRandomLiteralsInsideLongerTextMatchTheStandardLibrary() throws {
        var generator = TestRandom(seed: 20_261_129)
        let tails = ["]", ", ", "}\n", " ,-1.5]", "]]]]]]]]]]]]]]]]]"]
        for round in 0..<30_000 {
            let literal = NumberParsingTests().randomLiteral(&generator)
            let reading = try read(literal, tail: tails[round % tails.count])
            switch reading {
            case .finite(let value):
                #expect(Double(literal)?.bitPattern == value.bitPattern, "\(literal)")
            case .outOfRange:
                #expect(Double(literal)?.isInfinite == true, "\(literal)")
            default:
                Issue.record("\(literal) read as \(reading)")
            }
        }
    }

    /// Every digit-run length 1…24 on either side of the point, so each chunk split (0–8 digits in a chunk) occurs.
    @Test func everyRunLengthOnBothSidesOfThePoint() throws {
        let digits = "738291046519283746501928"
        for integerLength in 1...24 {
            for fractionLength in 0...24 {
                var literal = "-" + String(digits.prefix(integerLength))
                if fractionLength > 0 { literal += "." + String(digits.suffix(fractionLength)) }
                #expect(try read(literal) == .finite(try #require(Double(literal))), "\(literal)")
            }
        }
    }

    /// A non-digit right after a full 8-digit chunk, and the hf logits' shapes.
    @Test func chunkBoundariesAndRealValues() throws {
        #expect(try read("12345678") == .finite(12_345_678))
        #expect(try read("12345678.87654321") == .finite(12_345_678.87654321))
        #expect(try read("-155.17442321777344") == .finite(-155.17442321777344))
        #expect(try read("-26.847658157348633") == .finite(-26.847658157348633))
        #expect(try read("0.000000001") == .finite(1e-9))
        #expect(try read("1e5", tail: "]") == .finite(100_000))
        #expect(throws: JSONSyntaxError.self) { try read("12345678x") }
    }
}
