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
        guard let base = bytes.baseAddress, position + 32 <= bytes.count,
              let (value, end) = JSONCursor.plainNumber(base, at: position) else { return nil }
        position = end
        return value
    }

    /// After a value of a list: every further `, <plain number>` (space allowed around the comma) read into `slots`
    /// from `count` on (values past its end only counted), with the position kept in a register between them
    /// instead of `hasNext` and `readPlainNumber` storing it for each; stops before the first comma whose element is
    /// anything else, before the closing bracket, and 32 bytes before the end, leaving those to the caller's loop,
    /// which reads them as it would have. The hf logits' lists are 20 such numbers (issue 21's 50x parse).
    @inline(__always)
    mutating func readPlainRun(into slots: UnsafeMutableBufferPointer<Double>, count: inout Int) {
        guard let base = bytes.baseAddress else { return }
        let end = bytes.count - 32
        var index = position
        while index < end {
            var next = index
            while next < end, JSONCursor.isSpace(base[next]) { next += 1 }
            guard next < end, base[next] == UInt8(ascii: ",") else { break }
            next += 1
            while next < end, JSONCursor.isSpace(base[next]) { next += 1 }
            guard next < end, let (value, after) = JSONCursor.plainNumber(base, at: next) else { break }
            if count < slots.count { slots[count] = value }
            count += 1
            index = after
        }
        position = index
    }

    /// The plain number starting at `start` (at least 32 bytes before the end) and the offset after it; nil for any
    /// other shape.
    @inline(__always)
    static func plainNumber(_ base: UnsafePointer<UInt8>, at start: Int) -> (Double, Int)? {
        var index = start
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
        // Eisel–Lemire for every non-zero mantissa, not Clinger's divide for the shorter half: a division costs
        // about as much as the multiplications, and which half a logit falls in is a branch no predictor learns.
        let magnitude = mantissa == 0 ? 0 : EiselLemire.value(mantissa: mantissa, exponent: -fractionDigits)
        return (negative ? -magnitude : magnitude, index)
    }

    @inline(__always)
    private static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }
}
