/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's reference `splitmix64.c`): a small seedable generator, so that every
/// resample in the tables is the same on every run and machine (`SystemRandomNumberGenerator` cannot be seeded).
/// `state += 0x9E3779B97F4A7C15; z = state; z = (z ^ z>>30)·0xBF58476D1CE4E5B9; z = (z ^ z>>27)·0x94D049BB133111EB;
/// return z ^ z>>31`. Passes BigCrush; period 2⁶⁴. A value type: copying it copies the stream position.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mixed(state)
    }

    /// The state's step (the golden-ratio increment of SplitMix64).
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// SplitMix64's output of a state: `z = (s ⊕ s≫30)·c1; z = (z ⊕ z≫27)·c2; z ⊕ z≫31`. The k-th draw (from 0)
    /// of `SeededGenerator(seed: s)` is `mixed(s + (k + 1)·increment)`, so a caller can take draws of several
    /// streams at once.
    @inline(__always)
    public static func mixed(_ state: UInt64) -> UInt64 {
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An index in `0..<count` by multiply-shift (Lemire 2019 without the rejection step; bias < count / 2⁶⁴).
    /// `count` must be positive.
    @inline(__always)
    public mutating func index(below count: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(count)).high)
    }
}

/// FNV-1a 64-bit hash of the UTF-8 bytes (Fowler–Noll–Vo; offset basis 0xcbf29ce484222325, prime 0x100000001b3):
/// `h = basis; for byte: h = (h ^ byte)·prime`. Stable across runs and platforms, unlike `Hasher`.
public func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
}

/// The seed of one block of resamples: `fnv1a64(key) ^ base`, so that each block (e.g. one model and configuration)
/// has its own documented stream whatever else is computed, and changing the base seed changes every block.
public func blockSeed(base: UInt64, key: String) -> UInt64 { fnv1a64(key) ^ base }
