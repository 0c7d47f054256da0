import Analysis

/// The one seeded generator of the property tests, so every seeded test draws the same inputs on every run and
/// machine: the stream of the production `SeededGenerator` (SplitMix64, the bootstrap's), wrapped rather than copied,
/// with draws for the inputs the kernels meet: short vectors from a few levels (many ties) with NaN.
public struct TestRandom: RandomNumberGenerator, Sendable {
    private var stream: SeededGenerator

    public init(seed: UInt64) { stream = SeededGenerator(seed: seed) }

    public mutating func next() -> UInt64 { stream.next() }

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
