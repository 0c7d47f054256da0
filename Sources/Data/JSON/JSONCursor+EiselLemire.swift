/// Eisel–Lemire decimal-to-binary conversion (Lemire, "Number Parsing at a Gigabyte per Second", 2021; the
/// fast_float library's `compute_float`), restricted to decimal exponents −22…22, the range of Clinger's fast path,
/// so that 17–19 digit mantissas (float32 values printed as float64, as the hf logits are) need no division.
/// Correctly rounded (ties to even), bit for bit what `Double(String)` gives; checked against it on seeded random
/// literals in EiselLemireTests, NumberParsingTests and NumberParsingChunkTests.

/// 5^q for q in −22…22, normalised to 128 bits with the top bit set (truncated; +1 for negative q), as fast_float's
/// `powers_of_five_128` holds them: (high, low).
let powersOfFive128: [(high: UInt64, low: UInt64)] = [
    (0xF1C90080BAF72CB1, 0x5324C68B12DD6339), // 5^-22
    (0x971DA05074DA7BEE, 0xD3F6FC16EBCA5E04), // 5^-21
    (0xBCE5086492111AEA, 0x88F4BB1CA6BCF585), // 5^-20
    (0xEC1E4A7DB69561A5, 0x2B31E9E3D06C32E6), // 5^-19
    (0x9392EE8E921D5D07, 0x3AFF322E62439FD0), // 5^-18
    (0xB877AA3236A4B449, 0x09BEFEB9FAD487C3), // 5^-17
    (0xE69594BEC44DE15B, 0x4C2EBE687989A9B4), // 5^-16
    (0x901D7CF73AB0ACD9, 0x0F9D37014BF60A11), // 5^-15
    (0xB424DC35095CD80F, 0x538484C19EF38C95), // 5^-14
    (0xE12E13424BB40E13, 0x2865A5F206B06FBA), // 5^-13
    (0x8CBCCC096F5088CB, 0xF93F87B7442E45D4), // 5^-12
    (0xAFEBFF0BCB24AAFE, 0xF78F69A51539D749), // 5^-11
    (0xDBE6FECEBDEDD5BE, 0xB573440E5A884D1C), // 5^-10
    (0x89705F4136B4A597, 0x31680A88F8953031), // 5^-9
    (0xABCC77118461CEFC, 0xFDC20D2B36BA7C3E), // 5^-8
    (0xD6BF94D5E57A42BC, 0x3D32907604691B4D), // 5^-7
    (0x8637BD05AF6C69B5, 0xA63F9A49C2C1B110), // 5^-6
    (0xA7C5AC471B478423, 0x0FCF80DC33721D54), // 5^-5
    (0xD1B71758E219652B, 0xD3C36113404EA4A9), // 5^-4
    (0x83126E978D4FDF3B, 0x645A1CAC083126EA), // 5^-3
    (0xA3D70A3D70A3D70A, 0x3D70A3D70A3D70A4), // 5^-2
    (0xCCCCCCCCCCCCCCCC, 0xCCCCCCCCCCCCCCCD), // 5^-1
    (0x8000000000000000, 0x0000000000000000), // 5^0
    (0xA000000000000000, 0x0000000000000000), // 5^1
    (0xC800000000000000, 0x0000000000000000), // 5^2
    (0xFA00000000000000, 0x0000000000000000), // 5^3
    (0x9C40000000000000, 0x0000000000000000), // 5^4
    (0xC350000000000000, 0x0000000000000000), // 5^5
    (0xF424000000000000, 0x0000000000000000), // 5^6
    (0x9896800000000000, 0x0000000000000000), // 5^7
    (0xBEBC200000000000, 0x0000000000000000), // 5^8
    (0xEE6B280000000000, 0x0000000000000000), // 5^9
    (0x9502F90000000000, 0x0000000000000000), // 5^10
    (0xBA43B74000000000, 0x0000000000000000), // 5^11
    (0xE8D4A51000000000, 0x0000000000000000), // 5^12
    (0x9184E72A00000000, 0x0000000000000000), // 5^13
    (0xB5E620F480000000, 0x0000000000000000), // 5^14
    (0xE35FA931A0000000, 0x0000000000000000), // 5^15
    (0x8E1BC9BF04000000, 0x0000000000000000), // 5^16
    (0xB1A2BC2EC5000000, 0x0000000000000000), // 5^17
    (0xDE0B6B3A76400000, 0x0000000000000000), // 5^18
    (0x8AC7230489E80000, 0x0000000000000000), // 5^19
    (0xAD78EBC5AC620000, 0x0000000000000000), // 5^20
    (0xD8D726B7177A8000, 0x0000000000000000), // 5^21
    (0x878678326EAC9000, 0x0000000000000000), // 5^22
]

enum EiselLemire {
    static let smallestExponent = -22
    static let largestExponent = 22

    /// `mantissa × 10^exponent` as the nearest Double (ties to even), for a non-zero mantissa and −22 ≤ exponent ≤ 22
    /// (the caller's domain). Binary exponent: ⌊q·log2(10)⌋ + 63 via `(217706·q) >> 16`; 52 explicit mantissa bits
    /// plus 3 guard bits. Every value of the domain lies between 1e−22 (≈ 2^−73) and (2^64 − 1)·1e22 (< 2^138), so
    /// the biased exponent stays within 950…1161: never subnormal, never infinite (EiselLemireTests checks both ends).
    @inline(__always)
    static func value(mantissa: UInt64, exponent q: Int) -> Double {
        precondition(mantissa != 0 && q >= smallestExponent && q <= largestExponent, "outside Eisel-Lemire's domain")
        let leadingZeros = mantissa.leadingZeroBitCount
        let normalized = mantissa << UInt64(leadingZeros)
        let power = powersOfFive128[q - smallestExponent]
        var (high, low) = normalized.multipliedFullWidth(by: power.high)
        let precisionMask: UInt64 = 0xFFFF_FFFF_FFFF_FFFF >> 55
        if high & precisionMask == precisionMask {
            let second = normalized.multipliedFullWidth(by: power.low).high
            let (sum, overflow) = low.addingReportingOverflow(second)
            low = sum
            if overflow { high &+= 1 }
        }
        let upperBit = Int(high >> 63)
        let shift = UInt64(upperBit + 64 - 52 - 3)
        var significand = high >> shift
        var binaryExponent = (((152_170 + 65_536) * q) >> 16) + 63 + upperBit - leadingZeros + 1023
        if low <= 1, q >= -4, q <= 23, significand & 3 == 1, significand << shift == high {
            significand &= ~1
        }
        significand += significand & 1
        significand >>= 1
        if significand >= 2 << 52 {
            significand = 1 << 52
            binaryExponent += 1
        }
        significand &= ~(1 << 52)
        return Double(bitPattern: significand | (UInt64(binaryExponent) << 52))
    }
}
