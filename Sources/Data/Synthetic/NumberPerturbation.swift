/// Rewrites every number of a JSON text (outside strings) as `value × (1 + ε)`, ε uniform in ±`spread`, drawn from a
/// SplitMix64 stream: the same bytes and seed always give the same output. Literal zeros stay 0 (the GPT-3.5
/// placeholders), `NaN`/`Infinity` and numbers too large for a Double are copied unchanged, strings untouched.
struct NumberPerturbation {
    var state: UInt64
    let spread: Double

    init(seed: UInt64, spread: Double = 0.05) {
        self.state = seed
        self.spread = spread
    }

    /// FNV-1a of the bytes of a text: a seed that does not change between runs (unlike `Hasher`).
    static func stableHash(_ text: String, _ salt: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ salt
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    mutating func nextUnit() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }

    mutating func apply(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let end = Self.stringEnd(bytes, from: index)
                output.append(contentsOf: bytes[index..<end])
                index = end
            } else if byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39) {
                var end = index + 1
                while end < bytes.count, Self.isNumberByte(bytes[end]) { end += 1 }
                output.append(contentsOf: perturbed(bytes[index..<end]))
                index = end
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    private mutating func perturbed(_ token: ArraySlice<UInt8>) -> [UInt8] {
        guard let text = String(validating: token, as: UTF8.self), let value = Double(text), value.isFinite,
              value != 0 else { return Array(token) }
        let factor = 1 + (nextUnit() * 2 - 1) * spread
        return Array("\(value * factor)".utf8)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }

    /// Index just past the string that opens at `start` (or the end of the bytes when it is not closed).
    private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == UInt8(ascii: "\"") { return index + 1 }
            index += 1
        }
        return bytes.count
    }
}
