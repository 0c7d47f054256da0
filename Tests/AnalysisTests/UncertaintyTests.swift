import Testing
@testable import Analysis
import TestSupport

/// Issue 18: exact p of tau-b, BH q-values, percentile bootstrap, sign-flip test, Theil–Sen, seeding.
/// Expected values: `python3 bench/reference/uncertainty.py` with scipy 1.17.1 / numpy 2.4.6 (copied below), the
/// sign-flip values from that script's exhaustive enumeration; the rest by hand where said.
struct UncertaintyTests {
    /// `scipy.stats.permutation_test((y,), lambda b: abs(kendalltau(x, b)), permutation_type='pairings',
    /// n_resamples=inf, alternative='greater')` (scipy 1.17.1).
    static let permutationCases: [(x: [Double], y: [Double], tau: Double, p: Double)] = [
        ([1, 2, 3, 4, 5, 6], [3, 1, 4, 1, 5, 9], 0.5520524474738833, 0.18888888888888888),
        ([0.3, 0.1, 0.2, 0.6, 0.5, 0.4], [10, 0, 0, 7, 7, 2], 0.501280411827603, 0.25555555555555554),
        ([1, 1, 2, 3, 3, 4], [0, 0, 0, 5, 2, 7], 0.8807048459279793, 0.03333333333333333),
        ([-1.0, -2.0, -3.0], [10, 20, 0], 0.33333333333333337, 1.0),
        ([5, 4, 3, 2, 1], [1, 2, 3, 4, 6], -0.9999999999999999, 0.016666666666666666),
        ([2, 7, 1, 8, 2, 8, 1], [3, 1, 4, 1, 5, 9, 2], -0.052704627669472995, 0.9920634920634921),
    ]

    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance }

    @Test func exactPermutationPMatchesScipy() {
        var nulls = TauPermutationNulls()
        for item in UncertaintyTests.permutationCases {
            #expect(close(KendallTau.tauB(item.x, item.y), item.tau))
            #expect(close(nulls.pValue(item.x, item.y), item.p), "x \(item.x) y \(item.y)")
        }
        // The same tie patterns are looked up, not enumerated again: x reversed (tau → −tau, same |tau|) or
        // rescaled has the first case's pattern and p.
        let before = nulls.patternCount
        #expect(close(nulls.pValue([6, 5, 4, 3, 2, 1], [3, 1, 4, 1, 5, 9]), 0.18888888888888888))
        #expect(close(nulls.pValue([10, 20, 30, 40, 50, 60], [3, 1, 4, 1, 5, 9]), 0.18888888888888888))
        #expect(nulls.patternCount == before)
    }

    @Test func untestableAndEmptyTausHaveNoP() {
        var nulls = TauPermutationNulls()
        // n = 2: every ordering gives |tau| = 1, so no test (scipy says p = 1; the issue asks for "not testable").
        #expect(nulls.pValue([1, 2], [2, 1]).isNaN)
        #expect(nulls.pValue([1, 1, 1], [1, 2, 3]).isNaN)  // tau NaN (constant x)
        #expect(nulls.pValue([1, .nan, 3], [2, 5, 1]).isNaN)  // two pairs left
        #expect(nulls.pValue(Array(1...9).map(Double.init), Array(1...9).map(Double.init)).isNaN)  // n > 8
        let tau = DiseaseTau(disease: 0, tau: 1, n: 2, pExact: .nan, groupPairs: 6)
        #expect(tau.isUntestable && tau.isReduced)
        #expect(!DiseaseTau(disease: 0, tau: .nan, n: 0, groupPairs: 6).isReduced)
    }

    @Test func permutationNullsAgreeWithDirectEnumeration() {
        // Seeded random small vectors with ties: the cached distribution gives what counting every ordering gives.
        var generator = TestRandom(seed: 7)
        var nulls = TauPermutationNulls()
        for _ in 0..<40 {
            let n = 3 + generator.below(3)
            let x = (0..<n).map { _ in Double(generator.below(3)) }
            let y = (0..<n).map { _ in Double(generator.below(4)) }
            let observed = KendallTau.tauB(x, y)
            guard observed.isFinite else { continue }
            var hits = 0, total = 0, values = Set<Double>()
            permutations(Array(0..<n)) { order in
                let tau = abs(KendallTau.tauB(x, order.map { y[$0] }))
                values.insert((tau * 1e9).rounded())
                if tau >= abs(observed) - 1e-9 { hits += 1 }
                total += 1
            }
            let expected = values.count > 1 ? Double(hits) / Double(total) : .nan
            let p = nulls.pValue(x, y)
            #expect(p.isNaN == expected.isNaN && (p.isNaN || close(p, expected)), "x \(x) y \(y)")
        }
    }

    func permutations(_ items: [Int], _ body: ([Int]) -> Void) {
        if items.count <= 1 { return body(items) }
        for index in items.indices {
            var rest = items
            let first = rest.remove(at: index)
            permutations(rest) { body([first] + $0) }
        }
    }

    @Test func benjaminiHochbergMatchesScipy() {
        // scipy.stats.false_discovery_control(ps, method='bh') (scipy 1.17.1); NaN stays NaN, outside m.
        let p = [0.0167, 0.4, 0.0014, 0.2, 1.0, 0.0014, 0.05, 0.9, 0.03]
        let q = [0.0501, 0.5142857142857143, 0.0063, 0.30000000000000004, 1.0, 0.0063, 0.09000000000000001, 1.0,
                 0.0675]
        let result = benjaminiHochberg(p)
        for (a, b) in zip(result, q) { #expect(close(a, b)) }
        let withGap = benjaminiHochberg([0.0167, .nan] + p.dropFirst())
        #expect(withGap[1].isNaN && close(withGap[0], q[0]) && close(withGap[2], q[1]))
    }

    @Test func bootstrapIntervalMatchesScipyWithinMonteCarloError() {
        // scipy.stats.bootstrap((v,), np.mean, method='percentile', n_resamples=200000) (scipy 1.17.1):
        // (-0.1381135, 0.26589666666666667); ours uses B = 2000, so within 0.02 (MC sd of a bound ≈ 0.006).
        let values = [-0.2014, 0.4348, -0.4384, -0.8346, 0.9395, 0.1279, 0.2886, 0.1537, -0.0493, -0.7552, -0.3728,
                      0.4724, 0.8148, 0.7772, 0.8966, -0.9492, 0.4761, 0.3452, 0.2504, 0.2752, -0.7475, 0.2523,
                      0.5742, -0.9852, 0.8421, -0.7387, -0.2486, 0.1014, 0.2165, 0.0989]
        let interval = percentileBootstrapMean(values + [.nan], resamples: 2000, confidence: 0.95, seed: 18)
        #expect(abs(interval.low - -0.1381135) < 0.02 && abs(interval.high - 0.26589666666666667) < 0.02)
        // Deterministic: same seed, same bounds; another seed, other bounds.
        #expect(percentileBootstrapMean(values, resamples: 2000, confidence: 0.95, seed: 18) == interval)
        #expect(percentileBootstrapMean(values, resamples: 2000, confidence: 0.95, seed: 19) != interval)
        #expect(!percentileBootstrapMean([0.5], resamples: 10, confidence: 0.95, seed: 1).isDefined)
        #expect(percentileBootstrapMean([0.5, 0.5], resamples: 10, confidence: 0.95, seed: 1)
                == ConfidenceInterval(low: 0.5, high: 0.5))
    }

    @Test func quantileInterpolatesLikeNumpy() {
        // np.percentile([1, 2, 3, 4], [2.5, 97.5]) = [1.075, 3.925].
        #expect(close(quantile(sorted: [1, 2, 3, 4], 0.025), 1.075) && close(quantile(sorted: [1, 2, 3, 4], 0.975), 3.925))
    }

    @Test func signFlipMatchesExhaustiveEnumeration() {
        // bench/reference/uncertainty.py `sign_flip`: every one of the 2^n sign vectors.
        let cases: [([Double], Double)] = [
            ([0.2, -0.1, 0.4, 0.3, 0.0, 0.25, -0.05, 0.1], 0.09375),
            ([0.5, -0.5, 0.25, -0.25], 1.0),
            ([0.1, 0.2, 0.3], 0.25),
            ([-0.11, -0.215, 0.0, 0.134, 0.277, 0.072, -0.061, -0.107, 0.2, 0.377, 0.105, -0.197, -0.142, 0.37,
              0.091], 0.3076171875),
        ]
        for (d, p) in cases {
            let result = signFlipTest(d, seed: 1)
            #expect(result.exact && result.n == d.count && close(result.p, p), "d \(d)")
        }
        #expect(signFlipTest([0.3, 0, .nan], seed: 1).p.isNaN)  // one non-zero difference: not testable
        // Above the exact limit: seeded Monte Carlo, (1 + hits) / (1 + flips), close to the exact value.
        let many = (0..<24).map { Double($0 % 7) * 0.03 - 0.05 }
        let exact = signFlipTest(many, exactLimit: 24, seed: 1)
        let drawn = signFlipTest(many, flips: 20_000, seed: 3)
        #expect(!drawn.exact && abs(drawn.p - exact.p) < 0.02 && drawn == signFlipTest(many, flips: 20_000, seed: 3))
    }

    @Test func sizeTrendStatisticsMatchScipy() {
        // scipy.stats.theilslopes(y, x).slope, kendalltau, permutation_test as above (scipy 1.17.1).
        let x = [7.845098040014257, 8.204119982655925, 8.612783856719735, 9.0, 9.146128035678238, 9.44715803134222,
                 9.838849090737256, 10.079181246047625]
        let y = [0.21, 0.25, 0.24, 0.31, 0.29, 0.35, 0.33, 0.4]
        #expect(close(theilSenSlope(x, y), 0.0802227232822149))
        #expect(close(KendallTau.tauB(x, y), 0.7857142857142856))
        var nulls = TauPermutationNulls()
        #expect(close(nulls.pValue(x, y), 0.005505952380952381))
        let interval = theilSenInterval(x, y, resamples: 200, confidence: 0.95, seed: 4)
        #expect(interval.isDefined && interval.low <= 0.0802227232822149 && interval.high >= 0.0802227232822149)
    }

    @Test func seedsAreStable() {
        // FNV-1a 64 test vectors (Fowler–Noll–Vo reference): "" → cbf29ce484222325, "a" → af63dc4c8601ec8c.
        #expect(fnv1a64("") == 0xCBF2_9CE4_8422_2325 && fnv1a64("a") == 0xAF63_DC4C_8601_EC8C)
        // SplitMix64 seeded with 1234567 (Vigna's splitmix64.c): first output 6457827717110365317.
        var generator = SeededGenerator(seed: 1_234_567)
        #expect(generator.next() == 6_457_827_717_110_365_317)
        #expect(blockSeed(base: 0, key: "a") == fnv1a64("a"))
    }
}

extension UncertaintyTests {
    @Test func selectionGivesTheSortedQuantiles() {
        // Quickselect against sorting, on seeded values with ties.
        var generator = TestRandom(seed: 12)
        for count in [1, 2, 3, 10, 101, 2000] {
            let values = (0..<count).map { _ in Double(generator.below(50)) / 7 }
            let sorted = values.sorted()
            for q in [0, 0.025, 0.5, 0.975, 1] {
                var copy = values
                #expect(selectedQuantile(&copy, q) == quantile(sorted: sorted, q), "n \(count) q \(q)")
            }
        }
    }
}

extension UncertaintyTests {
    @Test func weightedMedianIsTheMedianOfTheResampledSlopes() {
        // The bootstrap's weighted median against building each resample and taking `theilSenSlope` of it.
        var generator = TestRandom(seed: 21)
        let x = [1.0, 2, 2, 4, 5, 7], y = [0.3, 0.1, 0.5, 0.4, 0.9, 0.6]
        var slopes: [(slope: Double, i: Int, j: Int)] = []
        for i in x.indices { for j in (i + 1)..<x.count where x[i] != x[j] {
            slopes.append(((y[j] - y[i]) / (x[j] - x[i]), i, j))
        } }
        slopes.sort { $0.slope < $1.slope }
        for _ in 0..<50 {
            let drawn = x.indices.map { _ in generator.below(x.count) }
            var copies = [Int](repeating: 0, count: x.count)
            for index in drawn { copies[index] += 1 }
            let direct = theilSenSlope(drawn.map { x[$0] }, drawn.map { y[$0] })
            let weighted = weightedMedian(slopes, copies)
            #expect(direct.isNaN ? weighted.isNaN : close(direct, weighted), "drawn \(drawn)")
        }
    }
}

extension UncertaintyTests {
    @Test func topStabilityCountsResamplesWithTheSameTopAndRanking() {
        // d0: every template ranks male > female > non-binary → both shares 1 (by construction).
        // d1: male = female in every template (tied top {male, female}) → the tie survives every resample: 1, 1.
        // d2: templates disagree (male top in 5, female in 5) → shares strictly between 0 and 1.
        // d3: no logits → no row values.
        let ten = { (value: Double) in [Double](repeating: value, count: 10) }
        let table = Section2TestData.table([
            [ten(3), ten(2), ten(1)],
            [ten(3), ten(3), ten(1)],
            [[3, 3, 3, 3, 3, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 3, 3, 3, 3, 3.5], ten(0)],
            [[], [], []],
        ])
        let settings = UncertaintySettings(templateResamples: 200, seed: 5)
        let rows = TopStability.model(table, templates: .original, mode: .correct, diseases: [0, 1, 2, 3],
                                      settings: settings)
        #expect(rows[0].top == [0] && rows[0].topShare == 1 && rows[0].rankingShare == 1)
        #expect(rows[1].top == [0, 1] && rows[1].topShare == 1 && rows[1].rankingShare == 1)
        #expect(rows[2].top == [1] && rows[2].topShare > 0.2 && rows[2].topShare < 0.8
                && rows[2].rankingShare == rows[2].topShare)
        #expect(rows[3].top.isEmpty && rows[3].topShare.isNaN)
        // Multinomial counts: B rows of k counts summing to k, the same for the same seed.
        let counts = TopStability.templateCounts(templates: 10, resamples: 50, seed: 9)
        #expect((0..<50).allSatisfy { b in counts[(b * 10)..<(b * 10 + 10)].reduce(0, +) == 10 })
        #expect(counts == TopStability.templateCounts(templates: 10, resamples: 50, seed: 9))
    }
}

extension UncertaintyTests {
    /// The kernel against a plain reference (weighted means of the present logits under each resample's multinomial
    /// counts, the top set or paper's first highest, the pairwise weak order), exactly, on seeded random logits
    /// with ties (values drawn from a few levels), missing logits and whole demographics missing, in both groups
    /// and modes.
    @Test func topStabilityEqualsAPlainReference() {
        var random = TestRandom(seed: 2026)
        for group in [DemographicGroup.gender, .race] {
            let configuration = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: group)
            let width = group.demographics.count
            let logits: [[[Double]]] = (0..<40).map { disease in
                (0..<width).map { _ in
                    (0..<10).map { _ in
                        let level = Double(random.below(4))
                        let missing = disease % 3 == 2 && random.below(5) == 0
                        return missing ? .nan : level
                    }
                }.enumerated().map { index, values in
                    disease % 7 == 6 && index == 0 ? [Double](repeating: .nan, count: 10) : values
                }
            }
            let table = Section2TestData.table(configuration: configuration, logits)
            // An even and an odd number of templates (the kernel sums the drawn templates two at a time).
            for (mode, selection) in [(AnalysisMode.correct, TemplateSelection.original), (.paper, .original),
                                      (.correct, TemplateSelection([0, 1, 2, 4, 6, 7, 9])),
                                      (.paper, TemplateSelection([3, 5, 8]))] {
                let selected = selection.indices, k = selected.count
                let settings = UncertaintySettings(templateResamples: 60, seed: 11)
                let rows = TopStability.model(table, templates: selection, mode: mode, diseases: Array(0..<40),
                                              settings: settings)
                let key = "top_stability|\(configuration.description)|\(selection.description)|m"
                let counts = TopStability.templateCounts(templates: k, resamples: 60,
                                                         seed: blockSeed(base: 11, key: key))
                let tieOrder = group.tieOrder(mode: mode)
                func means(_ disease: Int, _ weights: ArraySlice<Int32>) -> [Double] {
                    (0..<width).map { index in
                        var sum = 0.0, total = 0.0
                        for (position, weight) in weights.enumerated() where weight > 0 {
                            let value = logits[disease][index][selected[position]]
                            if value.isNaN { continue }
                            sum += Double(weight) * value
                            total += Double(weight)
                        }
                        return total > 0 ? sum / total : .nan
                    }
                }
                func top(_ scores: [Double]) -> [Int] {
                    let present = scores.indices.filter { !scores[$0].isNaN }
                    guard let best = present.map({ scores[$0] }).max() else { return [] }
                    let tied = present.filter { scores[$0] == best }
                    return mode == .correct ? tied : [tied.min { tieOrder[$0] < tieOrder[$1] }!]
                }
                for disease in 0..<40 {
                    let reported = means(disease, ArraySlice([Int32](repeating: 1, count: k)))
                    let reportedTop = top(reported)
                    #expect(rows[disease].top == reportedTop, "\(group) \(mode) d\(disease)")
                    guard !reportedTop.isEmpty else { continue }
                    var sameTop = 0, sameRanking = 0
                    for b in 0..<60 {
                        let resampled = means(disease, counts[(b * k)..<(b * k + k)])
                        guard top(resampled) == reportedTop else { continue }
                        sameTop += 1
                        if ReferenceStatistics.sameWeakOrder(resampled, reported) { sameRanking += 1 }
                    }
                    #expect(rows[disease].topShare == Double(sameTop) / 60, "\(group) \(mode) d\(disease) top")
                    #expect(rows[disease].rankingShare == Double(sameRanking) / 60, "\(group) \(mode) d\(disease) rank")
                }
            }
        }
    }
}

extension UncertaintyTests {
    /// The tail shortcut of `percentileInterval` against sorting, on near-normal bootstrap-like means, skewed and
    /// heavy-tailed values, few distinct levels (ties at the threshold), and values it must decline (constant,
    /// an infinity, too few): where it answers, the sorted quantiles bit for bit.
    @Test func tailQuantilesAreTheSortedQuantiles() {
        var generator = TestRandom(seed: 2_121)
        func uniform() -> Double { Double(generator.below(1 << 30)) / Double(1 << 30) }
        var answered = 0
        let shapes: [(String, () -> Double)] = [
            ("near-normal", { (0..<12).reduce(0) { sum, _ in sum + uniform() } - 6 }),
            ("skewed", { let u = uniform(); return u * u * u * 40 }),
            ("heavy-tailed", { let u = uniform(); return (u - 0.5) / max(0.001, u * (1 - u)) }),
            ("ties", { Double(generator.below(9)) / 4 }),
            ("two levels", { generator.below(2) == 0 ? -1 : 1 }),
        ]
        for (shape, draw) in shapes {
            for count in [63, 64, 200, 2000, 2001] {
                for (low, high) in [(0.025, 0.975), (0.05, 0.95), (0.005, 0.995), (0.3, 0.7)] {
                    let values = (0..<count).map { _ in draw() }
                    let sorted = values.sorted()
                    guard let tails = tailQuantiles(values, low, high) else {
                        // Bootstrap-like means with 200+ values and outer tails are what it is for: never declined.
                        #expect(shape != "near-normal" || count < 200 || low == 0.3, "declined \(shape) n \(count)")
                        continue
                    }
                    answered += 1
                    #expect(tails.low.bitPattern == quantile(sorted: sorted, low).bitPattern, "\(shape) n \(count) q \(low)")
                    #expect(tails.high.bitPattern == quantile(sorted: sorted, high).bitPattern, "\(shape) n \(count) q \(high)")
                }
            }
        }
        #expect(answered >= 15)  // taken beyond the near-normal shape too (heavy tails at 0.5 %, ties at 5 %)
        #expect(tailQuantiles([Double](repeating: 0.5, count: 500), 0.025, 0.975) == nil)
        #expect(tailQuantiles((0..<500).map(Double.init) + [.infinity], 0.025, 0.975) == nil)
        #expect(tailQuantiles((0..<63).map(Double.init), 0.025, 0.975) == nil)
        // And through percentileInterval, which falls back to selection where the shortcut declines.
        for count in [10, 64, 2000] {
            var values = (0..<count).map { _ in Double(generator.below(7)) }
            let sorted = values.sorted()
            let interval = percentileInterval(&values, confidence: 0.95)
            #expect(interval.low == quantile(sorted: sorted, 0.025) && interval.high == quantile(sorted: sorted, 0.975))
        }
    }

    /// The buffer p-value of a tau already computed equals `pValue(x, y)`, NaNs and ties included.
    @Test func bufferPValueMatchesThePairedOne() {
        var generator = TestRandom(seed: 77)
        var nulls = TauPermutationNulls(), reference = TauPermutationNulls()
        for count in [2, 3, 6, 8, 9] {
            for _ in 0..<40 {
                let x = generator.values(count: count, levels: 4, nanEvery: 6)
                let y = generator.values(count: count, levels: 5, nanEvery: 6)
                let tau = KendallTau.tauB(x, y)
                let fast = x.withUnsafeBufferPointer { xs in
                    y.withUnsafeBufferPointer { ys in nulls.pValue(xs, ys, tau: tau) }
                }
                let slow = reference.pValue(x, y)
                #expect(fast.bitPattern == slow.bitPattern || (fast.isNaN && slow.isNaN), "x \(x) y \(y)")
            }
        }
    }
}
