import Testing
@testable import Analysis
import TestSupport

/// The bootstrap's four-at-a-time kernel (issue 21) gives bit for bit the intervals of summing each resample alone.
struct BootstrapKernelTests {
    @Test func fourAtATimeEqualsOneAtATime() {
        var random = TestRandom(seed: 21)
        for round in 0..<300 {
            let n = 2 + random.below(120)
            let values = (0..<n).map { _ in Double(random.below(2001)) / 1000 - 1 }
                + (random.below(3) == 0 ? [.nan] : [])
            let resamples = 1 + random.below(round < 20 ? 9 : 400)
            let seed = random.next()
            let confidence = [0.9, 0.95, 0.99][random.below(3)]
            let fast = percentileBootstrapMean(values, resamples: resamples, confidence: confidence, seed: seed)
            let reference = ReferenceStatistics.bootstrapMean(values, resamples: resamples, confidence: confidence,
                                                              seed: seed)
            #expect(fast.low.bitPattern == reference.low.bitPattern && fast.high.bitPattern == reference.high.bitPattern,
                    "n \(n), B \(resamples), seed \(seed): \(fast) vs \(reference)")
        }
    }

    /// The k-th draw of a stream is `mixed(seed + (k + 1)·increment)`, which the kernel relies on.
    @Test func drawsByPosition() {
        var generator = SeededGenerator(seed: 77)
        for k in 0..<100 {
            #expect(generator.next() == SeededGenerator.mixed(77 &+ UInt64(k + 1) &* SeededGenerator.increment))
        }
    }
}
