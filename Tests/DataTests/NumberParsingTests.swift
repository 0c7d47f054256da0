import Testing
@testable import Data
import TestSupport

@Suite struct NumberParsingTests {
    func read(_ text: String) throws -> NumberReading {
        try withCursor(text) { (cursor) throws(JSONSyntaxError) in try cursor.readNumber() }
    }

    @Test func fastAndSlowPathsAgreeWithTheStandardLibraryOnSeededRandomLiterals() throws {
        var generator = TestRandom(seed: 20_241_129)
        var checked = 0
        for _ in 0..<20_000 {
            let literal = randomLiteral(&generator)
            let expected = Double(literal)
            let reading = try read(literal)
            switch reading {
            case .finite(let value):
                #expect(expected?.bitPattern == value.bitPattern, "\(literal): \(value) vs \(String(describing: expected))")
            case .outOfRange:
                #expect(expected?.isInfinite == true, "\(literal) reported out of range")
            default:
                Issue.record("\(literal) read as \(reading)")
            }
            checked += 1
        }
        #expect(checked == 20_000)
    }

    /// Literals in the JSON grammar: 1–25 significant digits, optional fraction, optional exponent in ±340.
    func randomLiteral(_ generator: inout TestRandom) -> String {
        var text = Bool.random(using: &generator) ? "-" : ""
        let digits = Int.random(in: 1...25, using: &generator)
        var body = String(Int.random(in: 1...9, using: &generator))
        for _ in 1..<digits { body += String(Int.random(in: 0...9, using: &generator)) }
        if Bool.random(using: &generator) {
            let point = Int.random(in: 1...body.count, using: &generator)
            let index = body.index(body.startIndex, offsetBy: point)
            body = point == body.count ? body + ".5" : String(body[..<index]) + "." + String(body[index...])
        }
        if Int.random(in: 0..<3, using: &generator) == 0 { body = "0." + String(repeating: "0", count: Int.random(in: 0...5, using: &generator)) + body.replacingAll(".", with: "") }
        text += body
        if Bool.random(using: &generator) {
            text += "e" + String(Int.random(in: -340...340, using: &generator))
        }
        return text
    }

    /// 16–19 digit literals with a decimal point (float32 values printed as float64, as the hf files hold them):
    /// Eisel–Lemire's mantissas above 2^53, checked bit for bit against `Double(String)`.
    @Test func longMantissasWithSmallExponentsAreExact() throws {
        var generator = TestRandom(seed: 7)
        for _ in 0..<20_000 {
            let digits = Int.random(in: 16...19, using: &generator)
            var body = String(Int.random(in: 1...9, using: &generator))
            for _ in 1..<digits { body += String(Int.random(in: 0...9, using: &generator)) }
            let point = Int.random(in: 1..<digits, using: &generator)
            let literal = "-" + String(body.prefix(point)) + "." + String(body.dropFirst(point))
            #expect(try read(literal) == .finite(try #require(Double(literal))), "\(literal)")
        }
        #expect(try read("-237.68630981445312") == .finite(-237.68630981445312))
        // A halfway case: 2^53 + 1 lies exactly between two Doubles (ties to even → 2^53).
        #expect(try read("9007199254740993") == .finite(9_007_199_254_740_992))
    }

    @Test func specialTokens() throws {
        #expect(try read("NaN") == .notANumber)
        #expect(try read("Infinity") == .infinite)
        #expect(try read("-Infinity") == .infinite)
        #expect(try read("1e999") == .outOfRange)
        #expect(try read(String(repeating: "9", count: 400)) == .outOfRange)
        #expect(try read("-0.5") == .finite(-0.5))
        #expect(try read("-51.15625") == .finite(-51.15625))
        #expect(try read("1E+2") == .finite(100))
    }

    @Test func malformedNumbersAreSyntaxErrors() {
        for text in ["-", "1.", "1e", "12abc", "-NaN", "Inf"] {
            #expect(throws: JSONSyntaxError.self, "\(text)") { try read(text) }
        }
    }
}
