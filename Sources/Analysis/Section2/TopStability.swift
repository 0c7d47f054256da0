/// How stable each disease's top demographic and whole ranking are over the choice of templates (issue 18 item 4).
///
/// Bootstrap over the k selected templates: each of B resamples draws k templates with replacement (multinomial
/// counts cₜ, `SeededGenerator(blockSeed(seed, key))`, one set of B count vectors per model and configuration,
/// shared by its diseases), and scores each demographic by the weighted mean `Σ cₜxₜ / Σ cₜ` over its present
/// logits (missing as in `ScoreMatrix`). `topShare` = share of resamples whose top equals the reported one (correct
/// mode: the set of tied highest scores; paper mode: the alphabetically first highest); `rankingShare` = share whose
/// whole weak order of the demographics (every pair's <, =, > and which have no score) is unchanged.
public struct TopStability: Sendable, Hashable {
    public let disease: DiseaseID
    /// The reported top (indices in the group), empty without scores.
    public let top: [Int]
    public let topShare: Double
    public let rankingShare: Double
}

extension TopStability {
    /// The multinomial template counts of B resamples of `templates.count` templates, flattened (`B × k`).
    public static func templateCounts(templates: Int, resamples: Int, seed: UInt64) -> [Int32] {
        var generator = SeededGenerator(seed: seed)
        var counts = [Int32](repeating: 0, count: templates * resamples)
        for b in 0..<resamples {
            for _ in 0..<templates { counts[b * templates + generator.index(below: templates)] += 1 }
        }
        return counts
    }

    /// Every present disease of one model's logits (`diseases`, in that order) under the templates, mode and
    /// settings; seed key `top_stability|<configuration>|<templates>|<model>`. A disease with every logit present
    /// compares weighted sums (the means times the same Σ cₜ = k); otherwise weighted means over present logits.
    /// A resample whose top differs cannot have the same ranking, so its ranking is not compared.
    public static func model(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                             diseases: [DiseaseID], settings: UncertaintySettings) -> [TopStability] {
        let selected = templates.indices.filter { $0 >= 0 && $0 < LogitTable.templateCount }
        let key = "top_stability|\(table.configuration.description)|\(templates.description)|\(table.model)"
        let resamples = settings.templateResamples, k = selected.count
        guard k > 0 else { return diseases.map { TopStability(disease: $0, top: [], topShare: .nan, rankingShare: .nan) } }
        let counts = templateCounts(templates: k, resamples: resamples, seed: blockSeed(base: settings.seed, key: key))
        let weights = counts.map(Double.init)
        let draws = pairedDraws(counts, templates: k, resamples: resamples)
        let slots = (k + 1) / 2
        let width = table.demographicCount
        let skipZeros = table.zerosArePlaceholders && mode == .correct
        let tieOrder = table.configuration.group.tieOrder(mode: mode)
        var logits = [Double](repeating: .nan, count: width * k)
        var reported = [Double](repeating: .nan, count: width), resampled = reported
        let ones = [Double](repeating: 1, count: k)
        // The reported weak order as a chain: present demographics by ascending score, and whether each equals the
        // next, so that a resample's whole ranking is compared in O(width) (`sameChain`).
        var chain = [Int](repeating: 0, count: width)
        var equalsNext = [Bool](repeating: false, count: width)
        var columns = [SIMD8<Double>](repeating: .zero, count: k)
        var pairSums = [SIMD8<Double>](repeating: .zero, count: k * k + k)
        var result: [TopStability] = []
        result.reserveCapacity(diseases.count)
        for disease in diseases {
            var complete = true
            for index in 0..<width {
                let base = table.offset(disease: disease, demographicIndex: index)
                for (position, template) in selected.enumerated() {
                    let value = table.values[base + template]
                    let kept = skipZeros && value == 0 ? Double.nan : value
                    if kept.isNaN { complete = false }
                    logits[index * k + position] = kept
                }
            }
            let (top, present) = logits.withUnsafeMutableBufferPointer { logits in
                reported.withUnsafeMutableBufferPointer { reported in
                    ones.withUnsafeBufferPointer { ones in
                        score(logits, ones.baseAddress!, width: width, templates: k, complete: complete,
                              into: reported)
                    }
                    return (TopStability.top(reported, mode: mode, tieOrder: tieOrder),
                            TopStability.chain(reported, into: &chain, equalsNext: &equalsNext))
                }
            }
            guard top != 0 else {
                result.append(TopStability(disease: disease, top: [], topShare: .nan, rankingShare: .nan))
                continue
            }
            // Every logit present: the weighted sums of all demographics at once, one SIMD lane per demographic
            // (at most 8), template by template.
            let vectorised = complete && width <= 8
            if vectorised {
                for position in 0..<k {
                    var column = SIMD8<Double>.zero
                    for index in 0..<width { column[index] = logits[index * k + position] }
                    columns[position] = column
                }
                for a in 0..<k {
                    for b in 0..<k { pairSums[a * k + b] = columns[a] + columns[b] }
                    pairSums[k * k + a] = columns[a]
                }
            }
            var sameTop = 0, sameRanking = 0
            logits.withUnsafeMutableBufferPointer { logits in
                resampled.withUnsafeMutableBufferPointer { resampled in
                    weights.withUnsafeBufferPointer { weights in
                        pairSums.withUnsafeBufferPointer { pairSums in
                            chain.withUnsafeBufferPointer { chain in
                                equalsNext.withUnsafeBufferPointer { equalsNext in
                                    for b in 0..<resamples {
                                        let row = weights.baseAddress! + b * k
                                        if vectorised {
                                            // Σ cₜxₜ as the sum of the resample's k drawn columns, two at a time.
                                            var sums = SIMD8<Double>.zero
                                            let drawn = b * slots
                                            for slot in 0..<slots { sums += pairSums[Int(draws[drawn + slot])] }
                                            for index in 0..<width { resampled[index] = sums[index] }
                                        } else {
                                            score(logits, row, width: width, templates: k, complete: complete,
                                                  into: resampled)
                                        }
                                        guard TopStability.top(resampled, mode: mode, tieOrder: tieOrder) == top
                                        else { continue }
                                        sameTop += 1
                                        if TopStability.sameChain(resampled, chain: chain, present: present,
                                                                  equalsNext: equalsNext) {
                                            sameRanking += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            result.append(TopStability(
                disease: disease, top: (0..<width).filter { top >> UInt32($0) & 1 == 1 },
                topShare: Double(sameTop) / Double(resamples),
                rankingShare: Double(sameRanking) / Double(resamples)))
        }
        return result
    }

    /// Each resample's k drawn templates (positions in the selection, ascending, each as often as its count), as
    /// `(k + 1) / 2` slots per resample: index `a·k + b` for the pair (a, b), and `k·k + a` for the last, unpaired
    /// draw of an odd k; so a resample's weighted sum is `(k + 1) / 2` additions of precomputed column sums.
    static func pairedDraws(_ counts: [Int32], templates k: Int, resamples: Int) -> [Int32] {
        let slots = (k + 1) / 2
        var result = [Int32](repeating: 0, count: slots * resamples)
        var drawn = [Int](repeating: 0, count: k)
        for b in 0..<resamples {
            var position = 0
            for template in 0..<k {
                for _ in 0..<Int(counts[b * k + template]) {
                    drawn[position] = template
                    position += 1
                }
            }
            for slot in 0..<slots {
                let first = drawn[2 * slot]
                result[b * slots + slot] = Int32(2 * slot + 1 < k ? first * k + drawn[2 * slot + 1] : k * k + first)
            }
        }
        return result
    }

    /// Each demographic's weighted sum (`complete`) or weighted mean of its present logits under the `templates`
    /// weights at `weights`; NaN without any.
    @inline(__always)
    static func score(_ logits: UnsafeMutableBufferPointer<Double>, _ weights: UnsafePointer<Double>, width: Int,
                      templates: Int, complete: Bool, into scores: UnsafeMutableBufferPointer<Double>) {
        for index in 0..<width {
            let row = logits.baseAddress! + index * templates
            var sum = 0.0
            if complete {
                for position in 0..<templates { sum += weights[position] * row[position] }
                scores[index] = sum
                continue
            }
            var total = 0.0
            for position in 0..<templates {
                let weight = weights[position], value = row[position]
                if weight == 0 || value.isNaN { continue }
                sum += weight * value
                total += weight
            }
            scores[index] = total > 0 ? sum / total : .nan
        }
    }

    /// Correct: every index tied at the highest score; paper: the highest, ties to the lowest tie key; as bits
    /// (bit i = demographic index i; 0 without scores), so that no resample allocates.
    @inline(__always)
    static func top(_ scores: UnsafeMutableBufferPointer<Double>, mode: AnalysisMode, tieOrder: [Int]) -> UInt32 {
        var best = -Double.infinity, result: UInt32 = 0, first = -1
        for index in 0..<scores.count {
            let value = scores[index]
            if value.isNaN { continue }
            if value > best || result == 0 {
                best = value
                result = 1 << UInt32(index)
                first = index
            } else if value == best {
                if mode == .correct { result |= 1 << UInt32(index) }
                else if tieOrder[index] < tieOrder[first] {
                    result = 1 << UInt32(index)
                    first = index
                }
            }
        }
        return result
    }

    /// The weak order of `scores` as a chain: the indices with a score by ascending score (ties by index) in
    /// `chain[0..<present]`, and `equalsNext[i]` = whether `chain[i]` and `chain[i + 1]` are tied. Returns `present`.
    static func chain(_ scores: UnsafeMutableBufferPointer<Double>, into chain: inout [Int],
                      equalsNext: inout [Bool]) -> Int {
        var present = 0
        for index in 0..<scores.count where !scores[index].isNaN {
            chain[present] = index
            present += 1
        }
        // Insertion sort: at most 8 demographics.
        var i = 1
        while i < present {
            let item = chain[i]
            var j = i - 1
            while j >= 0, scores[chain[j]] > scores[item] {
                chain[j + 1] = chain[j]
                j -= 1
            }
            chain[j + 1] = item
            i += 1
        }
        for position in 0..<max(0, present - 1) {
            equalsNext[position] = scores[chain[position]] == scores[chain[position + 1]]
        }
        return present
    }

    /// Whether `scores` has the weak order of a chain (`chain(_:into:equalsNext:)` of the reported scores): the same
    /// `present` demographics have a score, and along the chain each is tied with the next where the reported ones
    /// are tied and strictly below it elsewhere. By transitivity this is every pair comparing the same way (<, =, >), in O(width)
    /// (`ReferenceStatistics.sameWeakOrder` in the tests).
    @inline(__always)
    static func sameChain(_ scores: UnsafeMutableBufferPointer<Double>, chain: UnsafeBufferPointer<Int>, present: Int,
                          equalsNext: UnsafeBufferPointer<Bool>) -> Bool {
        var scored = 0
        for index in 0..<scores.count where !scores[index].isNaN { scored += 1 }
        guard scored == present else { return false }
        for position in 0..<max(0, present - 1) {
            let low = scores[chain[position]], high = scores[chain[position + 1]]
            // A chain member without a score here means the present sets differ (same count, other members).
            if low.isNaN || high.isNaN { return false }
            if equalsNext[position] ? low != high : !(low < high) { return false }
        }
        if present == 1, scores[chain[0]].isNaN { return false }
        return true
    }
}
