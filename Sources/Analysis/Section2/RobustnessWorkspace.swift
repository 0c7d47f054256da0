/// Flat, reused buffers for `TemplateRobustness.model`: one disease's kept template rows (logits, average ranks and
/// pairwise rank signs) without any per-disease or per-template allocation. Computes exactly what
/// `TemplateRanks` + `TemplateRobustness.measure` compute, in the same summation order, so the results are
/// bit-identical (checked against them on seeded random tables in Section2RobustnessTests).
///
/// Pairwise tau-b from signs: with `s_k(a,b) = sign(rank_k[a] − rank_k[b])` over demographic pairs a<b,
/// C − D = Σ s_i·s_j, n₁ = #{s_i = 0}, n₂ = #{s_j = 0}, the integers `KendallTau.smallTauB` counts (ranks are never
/// NaN here), handed to the same `KendallTau.finish`. Two rows have identical average-rank vectors exactly when
/// their pair signs agree (each average rank is a function of the signs), so rows are compared on sign masks.
struct RobustnessWorkspace {
    let width: Int
    let pairCount: Int
    let tieOrder: [Int]
    /// Correct mode: a tied top credits every tied demographic in `modalTop` (README decision 9).
    let creditsTies: Bool
    private(set) var templates: [Int] = []
    private(set) var logits: [Double] = []
    private(set) var ranks: [Double] = []
    private var signs: [Int8] = []
    private var zeroSigns: [Int] = []
    /// Per row, bit p set when pair p's sign is +1 (`positive`) or −1 (`negative`); used when pairs ≤ 64.
    private var positive: [UInt64] = []
    private var negative: [UInt64] = []
    /// `denominators(pairCount:)`, when the masks are used.
    private let denominators: [Double]

    init(width: Int, tieOrder: [Int], creditsTies: Bool) {
        self.width = width
        self.tieOrder = tieOrder
        self.creditsTies = creditsTies
        pairCount = width * (width - 1) / 2
        denominators = pairCount <= 64 ? Self.denominators(pairCount: pairCount) : []
        let rows = LogitTable.templateCount
        templates.reserveCapacity(rows)
        logits.reserveCapacity(rows * width)
        ranks.reserveCapacity(rows * width)
        signs.reserveCapacity(rows * pairCount)
        zeroSigns.reserveCapacity(rows)
    }

    var keptCount: Int { templates.count }

    /// Selects the disease's kept template rows as `TemplateRanks.init` does, and ranks them.
    mutating func load(_ table: LogitTable, disease: DiseaseID, templates selection: TemplateSelection,
                       mode: AnalysisMode) {
        templates.removeAll(keepingCapacity: true)
        logits.removeAll(keepingCapacity: true)
        let skipZeros = table.zerosArePlaceholders && mode == .correct
        guard disease < table.diseaseCount && table.diseasePresent[disease] else { return rankRows() }
        let templateCount = LogitTable.templateCount, first = disease * width * templateCount
        table.values.withUnsafeBufferPointer { values in
            for template in selection.indices where template < templateCount {
                var missing = 0
                let start = logits.count
                for index in 0..<width {
                    let value = values[first + index * templateCount + template]
                    if value.isNaN || (skipZeros && value == 0) {
                        missing += 1
                        logits.append(0)
                    } else {
                        logits.append(value)
                    }
                }
                let dropped = mode == .correct ? missing > 0 : missing == width
                if dropped { logits.removeSubrange(start...) } else { templates.append(template) }
            }
        }
        rankRows()
    }

    /// Average descending ranks (`Ranking.averageRanks`: better + (equal + 1) / 2) and pair signs of every row,
    /// then the rows' sign masks. Comparisons are counted without branches (the ranks of 10 templates × 6
    /// demographics would mispredict a branch at every other comparison).
    private mutating func rankRows() {
        let rows = templates.count, width = self.width, pairCount = self.pairCount
        ranks.removeAll(keepingCapacity: true)
        ranks.append(contentsOf: repeatElement(0, count: rows * width))
        signs.removeAll(keepingCapacity: true)
        signs.append(contentsOf: repeatElement(0, count: rows * pairCount))
        zeroSigns.removeAll(keepingCapacity: true)
        zeroSigns.append(contentsOf: repeatElement(0, count: rows))
        positive.removeAll(keepingCapacity: true)
        negative.removeAll(keepingCapacity: true)
        logits.withUnsafeBufferPointer { logits in
            ranks.withUnsafeMutableBufferPointer { ranks in
                signs.withUnsafeMutableBufferPointer { signs in
                    zeroSigns.withUnsafeMutableBufferPointer { zeroSigns in
                        for row in 0..<rows {
                            let base = row * width
                            for index in 0..<width {
                                let value = logits[base + index]
                                var better = 0, equal = 0
                                for other in 0..<width {
                                    let x = logits[base + other]
                                    better &+= x > value ? 1 : 0
                                    equal &+= x == value ? 1 : 0
                                }
                                ranks[base + index] = Double(better) + Double(equal + 1) / 2
                            }
                            var zeros = 0, pair = row * pairCount
                            for a in 0..<width {
                                for b in (a + 1)..<max(a + 1, width) {
                                    let difference = ranks[base + a] - ranks[base + b]
                                    signs[pair] = difference > 0 ? 1 : difference < 0 ? -1 : 0
                                    zeros &+= difference == 0 ? 1 : 0
                                    pair += 1
                                }
                            }
                            zeroSigns[row] = zeros
                        }
                    }
                }
            }
        }
        guard usesMasks else { return }
        for row in 0..<rows {
            var plus: UInt64 = 0, minus: UInt64 = 0
            for pair in 0..<pairCount {
                let sign = signs[row * pairCount + pair]
                plus |= sign > 0 ? 1 << UInt64(pair) : 0
                minus |= sign < 0 ? 1 << UInt64(pair) : 0
            }
            positive.append(plus)
            negative.append(minus)
        }
    }

    /// Rows compared and tau-b counted on 64-bit sign masks (every group of the study: at most 15 pairs).
    var usesMasks: Bool { pairCount <= 64 }

    /// `TemplateRobustness.measure` of the loaded rows.
    func measure(disease: DiseaseID) -> DiseaseRobustness {
        let rows = templates.count
        let (best, modal) = modalTop(rows: rows)
        var tauSum = 0.0, tauCount = 0, shared = rows == 0 ? 0 : 1
        ranks.withUnsafeBufferPointer { ranks in
            signs.withUnsafeBufferPointer { signs in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: max(rows, 1)) { same in
                    same.initialize(repeating: 1)
                    for i in 0..<rows {
                        for j in (i + 1)..<max(i + 1, rows) {
                            if usesMasks ? positive[i] == positive[j] && negative[i] == negative[j]
                                : Self.equalRows(ranks, i, j, width: width) {
                                same[i] += 1
                                same[j] += 1
                            }
                            let tau = pairTau(signs, i, j)
                            if !tau.isNaN {
                                tauSum += tau
                                tauCount += 1
                            }
                        }
                    }
                    for i in 0..<rows { shared = max(shared, same[i]) }
                }
            }
        }
        return DiseaseRobustness(
            disease: disease, templateCount: rows, modalTopFrequency: best, modalTops: modal,
            meanPairwiseTau: tauCount > 0 ? tauSum / Double(tauCount) : .nan,
            meanAbsLogitDifference: meanAbsolutePairDifference(logits, rows: rows),
            meanAbsRankDifference: meanAbsolutePairDifference(ranks, rows: rows),
            maxSharedRanking: shared)
    }

    /// The highest count of a top demographic and the demographics with it (`TemplateRobustness.measure`'s rule:
    /// every one when `creditsTies`, else the lowest tie key among them).
    private func modalTop(rows: Int) -> (Int, [Int]) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(width, 1)) { tally in
            tally.initialize(repeating: 0)
            for row in 0..<rows {
                guard let top = bestIndex(row) else { continue }
                if creditsTies {
                    let base = row * width
                    for index in 0..<width where ranks[base + index] == ranks[base + top] { tally[index] += 1 }
                } else {
                    tally[top] += 1
                }
            }
            var best = 0
            var modal: Int?
            for index in 0..<width where tally[index] > best
                || (tally[index] == best && best > 0 && modal.map { tieOrder[index] < tieOrder[$0] } == true) {
                best = tally[index]
                modal = index
            }
            guard let first = modal else { return (0, []) }
            return (best, creditsTies ? (0..<width).filter { tally[$0] == best } : [first])
        }
    }

    /// `TemplateRobustness.bestIndex` of one row (ranks are never NaN here).
    private func bestIndex(_ row: Int) -> Int? {
        guard width > 0 else { return nil }
        let base = row * width
        var best = 0
        for index in 1..<max(1, width) {
            let rank = ranks[base + index], current = ranks[base + best]
            if rank < current || (rank == current && tieOrder[index] < tieOrder[best]) { best = index }
        }
        return best
    }

    private static func equalRows(_ ranks: UnsafeBufferPointer<Double>, _ i: Int, _ j: Int, width: Int) -> Bool {
        for index in 0..<width where ranks[i * width + index] != ranks[j * width + index] { return false }
        return true
    }

    /// C − D = Σ s_i·s_j: with masks, #(same sign) − #(opposite signs) by population counts; then
    /// `KendallTau.finish`, whose denominator √((n₀ − n₁)(n₀ − n₂)) is looked up in `denominators` when the
    /// masks are used (the same expression, computed once per tie-count pair instead of once per template pair).
    private func pairTau(_ signs: UnsafeBufferPointer<Int8>, _ i: Int, _ j: Int) -> Double {
        var difference = 0
        if usesMasks {
            difference = (positive[i] & positive[j]).nonzeroBitCount + (negative[i] & negative[j]).nonzeroBitCount
                - (positive[i] & negative[j]).nonzeroBitCount - (negative[i] & positive[j]).nonzeroBitCount
            guard width >= 2 else { return .nan }
            let denominator = denominators[zeroSigns[i] * (pairCount + 1) + zeroSigns[j]]
            return denominator.isNaN ? .nan : min(1, max(-1, Double(difference) / denominator))
        }
        let first = i * pairCount, second = j * pairCount
        for pair in 0..<pairCount { difference += Int(signs[first + pair]) * Int(signs[second + pair]) }
        return KendallTau.finish(n: width, concordant: difference, discordant: 0, tiedX: zeroSigns[i],
                                 tiedY: zeroSigns[j])
    }

    /// `denominators[x * (pairs + 1) + y]` = √((n₀ − x)(n₀ − y)) as `KendallTau.ratio` computes it (n₀ = pairs),
    /// NaN where it returns NaN (x or y = n₀: a row of ties).
    static func denominators(pairCount: Int) -> [Double] {
        var table: [Double] = []
        table.reserveCapacity((pairCount + 1) * (pairCount + 1))
        for x in 0...pairCount {
            for y in 0...pairCount {
                let left = Double(pairCount - x), right = Double(pairCount - y)
                table.append(left > 0 && right > 0 ? (left * right).squareRoot() : .nan)
            }
        }
        return table
    }

    /// `TemplateRobustness.meanAbsolutePairDifference` over flat rows, same summation order.
    private func meanAbsolutePairDifference(_ values: [Double], rows: Int) -> Double {
        guard rows >= 2, width > 0 else { return .nan }
        let width = self.width
        return values.withUnsafeBufferPointer { values in
            var total = 0.0
            for column in 0..<width {
                var sum = 0.0, pairs = 0
                for i in 0..<rows {
                    for j in (i + 1)..<max(i + 1, rows) {
                        sum += abs(values[i * width + column] - values[j * width + column])
                        pairs += 1
                    }
                }
                total += sum / Double(pairs)
            }
            return total / Double(width)
        }
    }
}
