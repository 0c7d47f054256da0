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

/// 10^0 … 10^8 as integers, for appending up to 8 digits to a mantissa at once.
let powersOfTenUInt64: [UInt64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

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

    /// Reads a number token. Up to 19 significant digits with |e| ≤ 22: Clinger's fast path when the integer mantissa
    /// is ≤ 2^53 (it and 10^|e| are exact doubles, so one correctly rounded multiply or divide: about half the
    /// logits, those of ≤ 15 digits), else Eisel–Lemire (integer multiplication only); anything else goes to the
    /// standard library's locale-independent `strtod` (`Double(Substring)`), which a `setlocale` elsewhere in the
    /// program cannot change.
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
        let magnitude = EiselLemire.value(mantissa: mantissa, exponent: exponent)
        return .finite(negative ? -magnitude : magnitude)
    }

    /// Appends a run of decimal digits to `mantissa` (wrapping; the caller checks the digit count). Where 8 bytes
    /// can be loaded, each step takes the digits at the front of an 8-byte chunk at once (up to 8), so the 3 + 14
    /// digits of a typical hf logit take three steps instead of seventeen; near the end of the text, one digit at a
    /// time.
    @inline(__always)
    private func scanDigitRun(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ end: Int, _ mantissa: inout UInt64) {
        while index + 8 <= end {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let count = Self.leadingDigitCount(chunk)
            guard count > 0 else { return }
            mantissa = mantissa &* powersOfTenUInt64[count] &+ Self.digitsValue(chunk, count: count)
            index += count
            guard count == 8 else { return }
        }
        while index < end {
            let digit = base[index] &- 0x30
            guard digit < 10 else { return }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index += 1
        }
    }

    /// How many of the 8 bytes of `chunk` (in memory order) are ASCII digits before the first non-digit.
    /// Per byte b, `(b + 0x46) | (b − 0x30)` has its high bit set unless 0x30 ≤ b ≤ 0x39; carries and borrows only
    /// move toward later bytes, so the first flagged byte is exact.
    @inline(__always)
    static func leadingDigitCount(_ chunk: UInt64) -> Int {
        let flags = ((chunk &+ 0x4646_4646_4646_4646) | (chunk &- 0x3030_3030_3030_3030)) & 0x8080_8080_8080_8080
        return flags.trailingZeroBitCount >> 3
    }

    /// The value of the first `count` (1…8) ASCII digits of `chunk`: moved to the end of the chunk behind '0' bytes,
    /// then converted 8 at a time (SWAR, as in simdjson / fast_float: three multiply-shift steps).
    @inline(__always)
    static func digitsValue(_ chunk: UInt64, count: Int) -> UInt64 {
        let padding = 64 - count * 8
        let digits = padding == 0 ? chunk : (chunk << UInt64(padding)) | (0x3030_3030_3030_3030 >> UInt64(64 - padding))
        var value = digits & 0x0F0F_0F0F_0F0F_0F0F
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

    private func slowPath(from start: Int) -> NumberReading {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return .outOfRange }
        return .finite(value)
    }
}
