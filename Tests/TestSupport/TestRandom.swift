/// The one seeded generator of the property tests, so every seeded test draws the same inputs on every run and
/// machine: SplitMix64 (Steele, Lea & Flood 2014; Vigna's `splitmix64.c`), the same stream as the production
/// `SeededGenerator` of the bootstrap (which stays the tables' own). With draws for the inputs the kernels meet:
/// short vectors from a few levels (many ties) with NaN.
public struct TestRandom: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0).
    public mutating func below(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &self) }

    /// `count` values from `levels` levels (−1.5, −0.5, 0.5, …: ties are frequent), each NaN with probability
    /// 1 / `nanEvery` (0: never).
    public mutating func values(count: Int, levels: Int = 4, nanEvery: Int = 5) -> [Double] {
        (0..<count).map { _ in
            nanEvery > 0 && below(nanEvery) == 0 ? .nan : Double(below(levels)) - Double(levels) / 2 + 0.5
        }
    }
}
