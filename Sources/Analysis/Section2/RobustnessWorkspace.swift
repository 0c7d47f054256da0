/// Flat, reused buffers for `TemplateRobustness.model`: one disease's kept template rows (logits, average ranks and
/// weak orders) without any per-disease or per-template allocation. Computes what the readable reference
/// (`ReferenceStatistics.robustness` in Tests/TestSupport: `TemplateRanks`, then τ-b of every pair of rank rows)
/// computes, in the same summation order, so the results are bit-identical (checked on seeded random tables).
///
/// Ranks are `Ranking.averageRanks`; pairwise τ-b is `KendallTau.tauB` of the rows' `WeakOrder`s (built once per
/// row: a row's ranks order the demographics as its logits do, reversed, which leaves τ-b and equality unchanged),
/// and two rows have identical average-rank vectors exactly when their weak orders are equal.
struct RobustnessWorkspace {
    /// Demographics per row (a group's: at most 9, within `WeakOrder.capacity`).
    let width: Int
    let tieOrder: [Int]
    /// Correct mode: a tied top credits every tied demographic in `modalTop` (README decision 9).
    let creditsTies: Bool
    private(set) var templates: [Int] = []
    private(set) var logits: [Double] = []
    private(set) var ranks: [Double] = []
    /// Each kept row's weak order.
    private var orders: [WeakOrder] = []

    init(width: Int, tieOrder: [Int], creditsTies: Bool) {
        self.width = width
        self.tieOrder = tieOrder
        self.creditsTies = creditsTies
        let rows = LogitTable.templateCount
        templates.reserveCapacity(rows)
        logits.reserveCapacity(rows * width)
        ranks.reserveCapacity(rows * width)
        orders.reserveCapacity(rows)
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

    /// Average descending ranks (`Ranking.averageRanks`) and the weak order of every row.
    private mutating func rankRows() {
        let rows = templates.count, width = self.width
        ranks.removeAll(keepingCapacity: true)
        ranks.append(contentsOf: repeatElement(0, count: rows * width))
        orders.removeAll(keepingCapacity: true)
        logits.withUnsafeBufferPointer { logits in
            ranks.withUnsafeMutableBufferPointer { ranks in
                for row in 0..<rows {
                    let span = (row * width)..<((row + 1) * width)
                    let values = UnsafeBufferPointer(rebasing: logits[span])
                    Ranking.averageRanks(values, descending: true, into: UnsafeMutableBufferPointer(rebasing: ranks[span]))
                    orders.append(WeakOrder(values))
                }
            }
        }
    }

    /// The measures of the loaded rows (the rules of `TemplateRobustness.model`).
    func measure(disease: DiseaseID) -> DiseaseRobustness {
        let rows = templates.count
        let (best, modal) = modalTop(rows: rows)
        var tauSum = 0.0, tauCount = 0, shared = rows == 0 ? 0 : 1
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(rows, 1)) { same in
            same.initialize(repeating: 1)
            for i in 0..<rows {
                for j in (i + 1)..<max(i + 1, rows) {
                    if orders[i] == orders[j] {
                        same[i] += 1
                        same[j] += 1
                    }
                    let tau = KendallTau.tauB(orders[i], orders[j])
                    if !tau.isNaN {
                        tauSum += tau
                        tauCount += 1
                    }
                }
            }
            for i in 0..<rows { shared = max(shared, same[i]) }
        }
        return DiseaseRobustness(
            disease: disease, templateCount: rows, modalTopFrequency: best, modalTops: modal,
            meanPairwiseTau: tauCount > 0 ? tauSum / Double(tauCount) : .nan,
            meanAbsLogitDifference: meanAbsolutePairDifference(logits, rows: rows),
            meanAbsRankDifference: meanAbsolutePairDifference(ranks, rows: rows),
            maxSharedRanking: shared)
    }

    /// The highest count of a top demographic and the demographics with it (the rule of `TemplateRobustness.model`:
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

    /// The demographic at the lowest rank of a row, ties to the lowest tie key (ranks are never NaN here).
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

    /// Mean over columns of the mean over row pairs i<j of |r_i[g] − r_j[g]|; NaN with fewer than two rows.
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
