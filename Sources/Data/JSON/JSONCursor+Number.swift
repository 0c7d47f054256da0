/// A number token as read: a finite value, or one of the ways a value can be unusable.
enum NumberReading: Sendable, Hashable {
    case finite(Double)
    /// The bare `NaN` token: a missing value.
    case notANumber
    /// `Infinity` / `-Infinity` tokens.
    case infinite
    /// A literal whose magnitude does not fit a Double (`1e999`, a 400-digit integer).
    case outOfRange
}

/// Exact powers of ten representable in a Double (10^0 … 10^22), for Clinger's fast path.
let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
]

extension JSONCursor {
    /// Whether the next token starts a number (`-`, a digit, `N` of NaN, `I` of Infinity).
    @inline(__always)
    mutating func atNumber() -> Bool {
        guard let byte = peek() else { return false }
        return byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "N")
            || byte == UInt8(ascii: "I")
    }

    /// Reads a number token. Clinger's fast path: an integer mantissa ≤ 2^53 scaled by 10^e with |e| ≤ 22 is one
    /// correctly rounded multiply or divide; anything else goes to the standard library's locale-independent
    /// `strtod` (`Double(Substring)`), which a `setlocale` elsewhere in the program cannot change.
    mutating func readNumber() throws(JSONSyntaxError) -> NumberReading {
        skipSpace()
        let start = position
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "N") || bytes[position] == UInt8(ascii: "I") {
            return try readWord(negative: negative, start: start)
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var digitCount = 0
        scanDigits(mantissa: &mantissa, significant: &significantDigits, exponent: &exponent, count: &digitCount,
                   fractional: false)
        guard digitCount > 0 else { throw truncatedOr("invalid number") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            var fractionCount = 0
            scanDigits(mantissa: &mantissa, significant: &significantDigits, exponent: &exponent,
                       count: &fractionCount, fractional: true)
            guard fractionCount > 0 else { throw truncatedOr("invalid number: no digit after '.'") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            exponent += try readExponent()
        }
        try expectDelimiter(start: start)
        if significantDigits <= 19, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            let magnitude = exponent >= 0 ? Double(mantissa) * exactPowersOfTen[exponent]
                : Double(mantissa) / exactPowersOfTen[-exponent]
            return .finite(negative ? -magnitude : magnitude)
        }
        return slowPath(from: start)
    }

    /// Accumulates decimal digits: up to 19 significant digits go into the mantissa, further integer digits raise
    /// the exponent, further fraction digits are dropped (the count of significant digits then exceeds 19 and the
    /// slow path decides).
    @inline(__always)
    private mutating func scanDigits(mantissa: inout UInt64, significant: inout Int, exponent: inout Int,
                                     count: inout Int, fractional: Bool) {
        while position < bytes.count {
            let digit = bytes[position] &- 0x30
            guard digit < 10 else { return }
            count += 1
            position += 1
            if mantissa == 0 && digit == 0 {
                if fractional { exponent -= 1 }
                continue
            }
            significant += 1
            if significant <= 19 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                if fractional { exponent -= 1 }
            } else if !fractional {
                exponent += 1
            }
        }
    }

    private mutating func readExponent() throws(JSONSyntaxError) -> Int {
        position += 1
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
            negative = bytes[position] == UInt8(ascii: "-")
            position += 1
        }
        var value = 0
        var count = 0
        while position < bytes.count, bytes[position] &- 0x30 < 10 {
            if value < 100_000 { value = value * 10 + Int(bytes[position] - 0x30) }
            position += 1
            count += 1
        }
        guard count > 0 else { throw truncatedOr("invalid number: no digit in exponent") }
        return negative ? -value : value
    }

    /// After a number: end of text, space, `,`, `]` or `}`.
    private func expectDelimiter(start: Int) throws(JSONSyntaxError) {
        guard position < bytes.count else { return }
        switch bytes[position] {
        case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return
        default: throw error("invalid number", at: start)
        }
    }

    private mutating func readWord(negative: Bool, start: Int) throws(JSONSyntaxError) -> NumberReading {
        if !negative, matches("NaN") {
            position += 3
            try expectDelimiter(start: start)
            return .notANumber
        }
        if matches("Infinity") {
            position += 8
            try expectDelimiter(start: start)
            return .infinite
        }
        throw truncatedOr("invalid number")
    }

    func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    private func slowPath(from start: Int) -> NumberReading {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return .outOfRange }
        return .finite(value)
    }
}
