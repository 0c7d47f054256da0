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
        guard let base = bytes.baseAddress, start < bytes.count else { throw error("unexpected end of file (truncated JSON)") }
        let end = bytes.count
        var index = start
        let negative = base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        if index < end, base[index] == UInt8(ascii: "N") || base[index] == UInt8(ascii: "I") {
            position = index
            return try readWord(negative: negative, start: start)
        }
        var mantissa: UInt64 = 0
        let integerStart = index
        scanDigitRun(base, &index, end, &mantissa)
        let integerDigits = index - integerStart
        guard integerDigits > 0 else { position = index; throw truncatedOr("invalid number") }
        var fractionDigits = 0
        if index < end, base[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            scanDigitRun(base, &index, end, &mantissa)
            fractionDigits = index - fractionStart
            guard fractionDigits > 0 else { position = index; throw truncatedOr("invalid number: no digit after '.'") }
        }
        var exponent = -fractionDigits
        position = index
        if index < end, base[index] | 0x20 == UInt8(ascii: "e") { exponent += try readExponent() }
        try expectDelimiter(start: start)
        let digits = integerDigits + fractionDigits
        guard digits <= 19 || significantDigits(from: integerStart, count: digits) <= 19,
              exponent >= -22, exponent <= 22 else { return slowPath(from: start) }
        if mantissa <= 1 << 53 {
            let magnitude = exponent >= 0 ? Double(mantissa) * exactPowersOfTen[exponent]
                : Double(mantissa) / exactPowersOfTen[-exponent]
            return .finite(negative ? -magnitude : magnitude)
        }
        if let magnitude = extendedPrecisionValue(mantissa: mantissa, exponent: exponent) {
            return .finite(negative ? -magnitude : magnitude)
        }
        return slowPath(from: start)
    }

    /// Appends a run of decimal digits to `mantissa` (wrapping; the caller checks the digit count), 8 at a time
    /// while it can.
    @inline(__always)
    private func scanDigitRun(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ end: Int, _ mantissa: inout UInt64) {
        while index + 8 <= end, let eight = eightDigits(base + index) {
            mantissa = mantissa &* 100_000_000 &+ eight
            index += 8
        }
        while index < end {
            let digit = base[index] &- 0x30
            guard digit < 10 else { return }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index += 1
        }
    }

    /// The value of 8 ASCII digits at `pointer`, or nil when any of the 8 bytes is not a digit (SWAR, as in
    /// simdjson / fast_float: a digit test and three multiply-shift steps on one little-endian 64-bit load).
    @inline(__always)
    private func eightDigits(_ pointer: UnsafePointer<UInt8>) -> UInt64? {
        let chunk = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
        let highNibbles = chunk & 0xF0F0_F0F0_F0F0_F0F0
        let carried = ((chunk &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) >> 4
        guard highNibbles | carried == 0x3333_3333_3333_3333 else { return nil }
        var value = chunk & 0x0F0F_0F0F_0F0F_0F0F
        value = (value &* 2561) >> 8
        value = ((value & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
        return ((value & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
    }

    /// Digits after the leading zeros (which add nothing to the mantissa), skipping the decimal point.
    private func significantDigits(from start: Int, count: Int) -> Int {
        var index = start
        var leadingZeros = 0
        while index < bytes.count, bytes[index] == 0x30 || bytes[index] == UInt8(ascii: ".") {
            if bytes[index] == 0x30 { leadingZeros += 1 }
            index += 1
        }
        return count - leadingZeros
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
    @inline(__always)
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

    /// 17–19 digit mantissas (common in float32 values printed as float64): m < 2^64 and 10^|e| (|e| ≤ 22) are exact
    /// in Float80, whose multiply/divide rounds once to 64 bits; rounding that to a Double is exact unless the 11
    /// dropped bits lie within one Float80 ulp of the halfway point (a possible double-rounding error), in which
    /// case nil sends the literal to the slow path.
    @inline(__always)
    private func extendedPrecisionValue(mantissa: UInt64, exponent: Int) -> Double? {
        #if arch(x86_64) && !os(Windows)
        let power = Float80(exactPowersOfTen[abs(exponent)])
        let wide = exponent >= 0 ? Float80(mantissa) * power : Float80(mantissa) / power
        let dropped = wide.significandBitPattern & 0x7FF
        guard dropped < 0x3FF || dropped > 0x401 else { return nil }
        return Double(wide)
        #else
        return nil
        #endif
    }

    private func slowPath(from start: Int) -> NumberReading {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return .outOfRange }
        return .finite(value)
    }
}
