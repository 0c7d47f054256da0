import Testing
@testable import Data
import TestSupport

/// Eisel–Lemire against `Double(String)`, bit for bit, over its whole domain (1–19 digit mantissas, |e| ≤ 22),
/// including exact halfway cases and mantissas at powers of two.
@Suite struct EiselLemireTests {
    @Test func seededRandomMantissasAndExponentsMatchTheStandardLibrary() throws {
        var generator = TestRandom(seed: 8_675_309)
        for _ in 0..<40_000 {
            let digits = Int.random(in: 1...19, using: &generator)
            var mantissa: UInt64 = UInt64.random(in: 1...9, using: &generator)
            for _ in 1..<digits { mantissa = mantissa * 10 + UInt64.random(in: 0...9, using: &generator) }
            let exponent = Int.random(in: -22...22, using: &generator)
            let expected = try #require(Double("\(mantissa)e\(exponent)"))
            let value = EiselLemire.value(mantissa: mantissa, exponent: exponent)
            #expect(value.bitPattern == expected.bitPattern, "\(mantissa)e\(exponent)")
        }
    }

    /// Halfway cases (2^53 + 1 and neighbours scaled by 10) and edges of the domain.
    @Test func halfwayAndEdgeCases() throws {
        for literal in ["9007199254740993", "9007199254740995", "90071992547409930e-1", "18446744073709551615",
                        "18446744073709551615e-22", "1e22", "1e-22", "9999999999999999999e22", "4503599627370497.5",
                        "1152921504606846977", "2251799813685248.5", "22517998136852485e-1"] {
            let parts = literal.split(separator: "e")
            var text = String(parts[0])
            var exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
            if let point = text.firstIndex(of: ".") {
                exponent -= text.distance(from: point, to: text.endIndex) - 1
                text.remove(at: point)
            }
            let mantissa = try #require(UInt64(text))
            let value = EiselLemire.value(mantissa: mantissa, exponent: exponent)
            #expect(value.bitPattern == Double(literal)?.bitPattern, "\(literal)")
        }
    }

    /// The two ends of the domain (the smallest and the largest value it reaches) are normal, finite Doubles, so
    /// every literal of the domain has a value: the number reader needs no other path for it (the Float80 fallback
    /// that followed Eisel–Lemire was reached by no input and is gone).
    @Test func theWholeDomainGivesNormalFiniteValues() throws {
        let smallest = EiselLemire.value(mantissa: 1, exponent: EiselLemire.smallestExponent)
        let largest = EiselLemire.value(mantissa: .max, exponent: EiselLemire.largestExponent)
        #expect(smallest.bitPattern == 1e-22.bitPattern && smallest.isNormal)
        let expected = try #require(Double("18446744073709551615e22"))
        #expect(largest.bitPattern == expected.bitPattern && largest.isFinite)
    }
}
