/// The shape nearly every logit has, read without the general number reader's branches: an optional `-`, 1–8
/// integer digits, optionally `.` and 1–16 fraction digits (at most 19 digits in all), no exponent, followed by a
/// delimiter, with at least 32 bytes of text left (so that every 8-byte load is inside it). Three SWAR steps take
/// the digits (`-155.17442321777344`: 3, then 8 + 6), then Eisel–Lemire, which like `readNumber()`'s
/// readers gives the correctly rounded Double, so the value is the same. Written by hand because it is the inner loop
/// of the 50× root's new-configuration parse (issue 21: 19.5 M numbers, 409 MB, in a 0.6 s budget).
extension JSONCursor {
    /// The plain number at the next token (after space), consumed; nil, with nothing consumed but space, for any
    /// other token or shape (the caller then uses `readNumber()`, which reads or reports it).
    @inline(__always)
    mutating func readPlainNumber() -> Double? {
        skipSpace()
        guard let base = bytes.baseAddress, position + 32 <= bytes.count else { return nil }
        var index = position
        let negative = base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerChunk = load(base, index)
        let integerDigits = leadingDigitCount(integerChunk)
        // Eight integer digits only when a non-digit follows them (pythia-70m's logits reach −26,186,195.33…).
        guard integerDigits > 0, integerDigits < 8 || leadingDigitCount(load(base, index + 8)) == 0 else { return nil }
        var mantissa = digitsValue(integerChunk, count: integerDigits)
        index += integerDigits
        var fractionDigits = 0
        if base[index] == UInt8(ascii: ".") {
            index += 1
            let first = load(base, index)
            let firstCount = leadingDigitCount(first)
            guard firstCount > 0 else { return nil }
            mantissa = mantissa &* powersOfTenUInt64[firstCount] &+ digitsValue(first, count: firstCount)
            index += firstCount
            fractionDigits = firstCount
            if firstCount == 8 {
                let second = load(base, index)
                let secondCount = leadingDigitCount(second)
                guard secondCount < 8 else { return nil }
                if secondCount > 0 {
                    mantissa = mantissa &* powersOfTenUInt64[secondCount] &+ digitsValue(second, count: secondCount)
                    index += secondCount
                    fractionDigits += secondCount
                }
            }
        }
        guard integerDigits + fractionDigits <= 19 else { return nil }
        switch base[index] {
        case UInt8(ascii: ","), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: "}"): break
        default: return nil
        }
        position = index
        // Eisel–Lemire for every non-zero mantissa, not Clinger's divide for the shorter half: a division costs
        // about as much as the multiplications, and which half a logit falls in is a branch no predictor learns.
        let magnitude = mantissa == 0 ? 0 : EiselLemire.value(mantissa: mantissa, exponent: -fractionDigits)
        return negative ? -magnitude : magnitude
    }

    @inline(__always)
    private func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }
}
