import Testing
@testable import Analysis
import TestSupport

/// Expected values from scipy 1.17.1 `scipy.stats.kendalltau(x, y).statistic` (tau-b), computed on this machine.
struct KendallTauTests {
    @Test func referenceValuesFromScipy() {
        #expect(abs(KendallTau.tauB([1, 2, 3, 4, 5, 6], [2, 1, 4, 3, 6, 5]) - 0.6) < 1e-12)
        #expect(abs(KendallTau.tauB([1, 1, 2, 3, 3, 4], [1, 2, 3, 4, 5, 6]) - 0.9309493362512627) < 1e-12)
        #expect(abs(KendallTau.tauB([1, 1, 2, 2, 3, 3], [3, 3, 2, 1, 1, 2]) - (-0.6666666666666667)) < 1e-12)
        #expect(abs(KendallTau.tauB([3, 1, 2], [1, 2, 3]) - (-0.33333333333333337)) < 1e-12)
        #expect(KendallTau.tauB([1, 2], [2, 1]) == -1)
        #expect(KendallTau.tauB([1, .nan, 3, 4], [4, 3, .nan, 1]) == -1)
    }

    @Test func hundredValuesWithTies() {
        let x: [Double] = [18, 12, 13, 17, 11, 15, 16, 4, 1, 6, 5, 17, 18, 0, 9, 16, 2, 15, 2, 9, 16, 6, 6, 5, 14, 5, 19, 8, 9, 10, 11, 11, 10, 19, 16, 15, 14, 12, 6, 19, 9, 4, 16, 3, 17, 12, 2, 0, 8, 0, 2, 10, 19, 9, 16, 18, 16, 12, 8, 10, 5, 9, 7, 4, 19, 0, 1, 3, 19, 13, 17, 4, 14, 7, 9, 0, 12, 16, 13, 3, 10, 5, 19, 17, 3, 10, 18, 16, 14, 12, 0, 14, 9, 1, 4, 10, 14, 10, 12, 17]
        let y: [Double] = [19, 11, 15, 16, 6, 7, 17, 7, 8, 7, 5, 10, 14, 12, 10, 13, 9, 21, 6, 12, 14, 12, 9, 11, 15, 12, 23, 6, 12, 11, 10, 8, 5, 15, 20, 8, 13, 20, 17, 12, 4, 12, 8, 5, 15, 19, 2, 9, 11, 1, 13, 17, 16, 18, 17, 22, 22, 14, 8, 7, 10, 6, 14, 15, 12, 8, 0, 3, 14, 19, 22, 11, 15, 11, 4, 5, 20, 14, 9, 4, 15, 2, 23, 21, 9, 12, 20, 16, 14, 10, 6, 18, 4, 0, 12, 10, 19, 5, 19, 9]
        #expect(abs(KendallTau.tauB(x, y) - 0.4581848369324566) < 1e-12)
    }

    @Test func undefinedCases() {
        #expect(KendallTau.tauB([], []).isNaN)
        #expect(KendallTau.tauB([1], [2]).isNaN)
        #expect(KendallTau.tauB([1, 1, 1], [1, 2, 3]).isNaN)
        #expect(KendallTau.tauB([1, .nan], [2, 3]).isNaN)
    }

    @Test func properties() {
        var generator = TestRandom(seed: 42)
        for _ in 0..<500 {
            let n = Int.random(in: 2...9, using: &generator)
            let x = (0..<n).map { _ in Double(Int.random(in: 0...4, using: &generator)) }
            let y = (0..<n).map { _ in Double(Int.random(in: 0...4, using: &generator)) }
            let tau = KendallTau.tauB(x, y)
            guard !tau.isNaN else { continue }
            #expect(abs(tau - KendallTau.tauB(y, x)) < 1e-12)                       // symmetry
            #expect(abs(tau + KendallTau.tauB(x, y.map { -$0 })) < 1e-12)           // sign flip
            #expect(abs(tau - KendallTau.tauB(x.map { $0 * $0 * $0 + 7 }, y)) < 1e-12) // monotone transform
            #expect(tau >= -1 && tau <= 1)
            if Set(x).count > 1 { #expect(KendallTau.tauB(x, x) == 1) }
        }
    }

    /// The kernel's paths (pair-sign masks up to `WeakOrder.capacity` values, Knight's merge sort above; array,
    /// buffer and weak-order entry points) against the textbook definition (`ReferenceStatistics.tauB`) on seeded
    /// vectors with ties and NaN on both sides: bit for bit.
    @Test func kernelMatchesTheReferenceDefinition() {
        var random = TestRandom(seed: 7)
        for round in 0..<3_000 {
            let n = round < 2_500 ? random.below(13) : 12 + random.below(190)
            let x = random.values(count: n, levels: 2 + random.below(5), nanEvery: random.below(2) == 0 ? 0 : 6)
            let y = random.values(count: n, levels: 2 + random.below(5), nanEvery: random.below(2) == 0 ? 0 : 6)
            let reference = ReferenceStatistics.tauB(x, y)
            let fast = KendallTau.tauB(x, y)
            #expect(fast.bitPattern == reference.bitPattern || (fast.isNaN && reference.isNaN), "\(x) \(y)")
            let buffered = x.withUnsafeBufferPointer { xs in y.withUnsafeBufferPointer { KendallTau.tauB(xs, $0) } }
            #expect(buffered.bitPattern == fast.bitPattern)
            if n <= WeakOrder.capacity {
                #expect(KendallTau.tauB(WeakOrder(x), WeakOrder(y)).bitPattern == fast.bitPattern)
            }
        }
    }
}
