import Testing
@testable import Data
import TestSupport

/// The logits parser's plain-number reader (issue 21): the same Double as the standard library for every literal it
/// takes, and nothing consumed for the shapes it leaves to `readNumber()`.
@Suite struct PlainNumberTests {
    /// The reading of `literal` followed by `tail` (32 bytes of padding: the reader wants room for its loads), and
    /// where the cursor stands after it.
    func plain(_ literal: String, tail: String = ", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]") -> (Double?, Int) {
        let text = literal + tail
        return (try? withCursor(text) { (cursor) throws(JSONSyntaxError) in
            (cursor.readPlainNumber(), cursor.position)
        }) ?? (nil, -1)
    }

    @Test func agreesWithTheStandardLibraryOnSeededLogitShapes() {
        var random = TestRandom(seed: 2_112_2026)
        var taken = 0
        for _ in 0..<20_000 {
            let integer = String(random.below(100_000_000) >> random.below(27))
            let fractionDigits = random.below(17)
            let fraction = (0..<fractionDigits).map { _ in String(random.below(10)) }.joined()
            let literal = (random.below(2) == 0 ? "-" : "") + integer + (fractionDigits > 0 ? "." + fraction : "")
            let (value, position) = plain(literal)
            // Taken: up to 8 integer and 15 fraction digits, at most 19 in all (a 16th fraction digit, never
            // written for a float32 logit, goes to the general reader too).
            let shouldTake = integer.count <= 8 && fractionDigits <= 15 && integer.count + fractionDigits <= 19
            if let value {
                #expect(value.bitPattern == Double(literal)?.bitPattern, "\(literal): \(value)")
                #expect(position == literal.utf8.count, "\(literal) stopped at \(position)")
                taken += 1
            } else {
                #expect(position == 0, "\(literal) declined but consumed \(position) bytes")
            }
            #expect((value != nil) == shouldTake, "\(literal): taken \(value != nil)")
        }
        #expect(taken > 12_000)
    }

    @Test func leavesOtherShapesToTheGeneralReader() {
        for literal in ["1e5", "-2.5E-3", "NaN", "Infinity", "-Infinity", "123456789.5", "-123456789", "1.", "-", ".5", "1x",
                        "\"1\"", "[1]", "00000000001"] {
            let (value, position) = plain(literal)
            #expect(value == nil && position == 0, "\(literal)")
        }
        // Too close to the end for 8-byte loads: left to the general reader.
        let (value, position) = plain("-1.5", tail: "]")
        #expect(value == nil && position == 0)
        // Space before the number is skipped either way; the delimiters that may follow a number.
        for tail in [",", "]", "}", " ", "\n", "\t", "\r"] {
            #expect(plain("  -155.17442321777344", tail: tail + String(repeating: " ", count: 40)).0
                        == -155.17442321777344, "tail \(tail.debugDescription)")
        }
        #expect(plain("-15557465.375357788").0 == -15557465.375357788)  // eight integer digits (pythia-70m)
        #expect(plain("0").0?.bitPattern == 0.0.bitPattern && plain("-0.0").0?.bitPattern == (-0.0).bitPattern)
    }
}

/// The missing values a logits file starts from (issue 21: their pages mapped in one call): NaN everywhere, at
/// every size, the empty one and sizes across page boundaries included.
@Suite struct PrefaultedValuesTests {
    @Test func missingValuesAreAllNaN() {
        for count in [0, 1, 511, 512, 513, 11_160, 100_000] {
            let values = PrefaultedValues.missing(count: count)
            #expect(values.count == count && values.allSatisfy(\.isNaN), "count \(count)")
        }
    }
}

/// The run reader (issue 21) reads a list as the element-by-element loop does: every value, count and end position
/// the same, on seeded lists mixing plain numbers with exponents, NaN, long literals, odd spacing and short tails.
@Suite struct PlainRunTests {
    @Test func aListReadsTheSameWithTheRunReader() throws {
        var random = TestRandom(seed: 21_212)
        for round in 0..<400 {
            let count = random.below(round < 40 ? 4 : 30)
            var literals: [String] = []
            for _ in 0..<count {
                switch random.below(12) {
                case 0: literals.append("NaN")
                case 1: literals.append("-1.5e-3")
                case 2: literals.append("123456789.25")
                case 3: literals.append("-0.12345678901234567")  // 17 fraction digits: the general reader
                default:
                    let integer = String(random.below(100_000_000) >> random.below(27))
                    let fraction = (0..<random.below(15)).map { _ in String(random.below(10)) }.joined()
                    literals.append((random.below(2) == 0 ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction))
                }
            }
            let separators = [",", ", ", " ,", " , ", ",\n  ", ",\t"]
            let body = literals.enumerated().map { index, literal in
                (index == 0 ? "" : separators[random.below(separators.count)]) + literal
            }.joined()
            let text = "[" + body + "]" + String(repeating: " ", count: random.below(2) == 0 ? 0 : 40)
            let expected = literals.map { $0 == "NaN" ? Double.nan : Double($0)! }
            var faults = ValueFaults()
            var buffer = [Double](repeating: 7, count: 64)
            let read = try withCursor(text) { (cursor) throws(JSONSyntaxError) -> (Int, Int) in
                try cursor.enter(UInt8(ascii: "["))
                let n = try LogitFileParser.readValues(&cursor, into: &buffer, faults: &faults,
                                                       place: Place(key: "k", label: "l"))
                return (n, cursor.position)
            }
            #expect(read.0 == count, "\(text)")
            #expect(read.1 == 2 + body.utf8.count, "\(text): stopped at \(read.1)")
            for (index, value) in expected.enumerated() {
                #expect(buffer[index].bitPattern == value.bitPattern || (value.isNaN && buffer[index].isNaN),
                        "\(text): element \(index) \(buffer[index]) vs \(value)")
            }
        }
    }
}
