import Analysis

/// The template robustness measures of one disease, as the reference computes them (the fields of
/// `DiseaseRobustness`).
public struct ReferenceDiseaseRobustness: Sendable {
    public let disease: DiseaseID
    public let templateCount: Int
    public let modalTopFrequency: Int
    public let modalTops: [Int]
    public let meanPairwiseTau: Double
    public let meanAbsLogitDifference: Double
    public let meanAbsRankDifference: Double
    public let maxSharedRanking: Int
}

extension ReferenceStatistics {
    /// `TemplateRobustness.model` written out over `TemplateRanks` rows (spec §5), the readable form of
    /// `RobustnessWorkspace`: per disease with a kept template its measures, and the mean rank of each demographic
    /// per template over the diseases that kept it (NaN for a template never kept).
    public static func robustness(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                                  diseases: [DiseaseID]) -> (diseases: [ReferenceDiseaseRobustness],
                                                             meanRankByTemplate: [[Double]]) {
        let group = table.configuration.group
        let width = group.demographics.count, templateCount = LogitTable.templateCount
        var results: [ReferenceDiseaseRobustness] = []
        var rankSums = [[Double]](repeating: [Double](repeating: 0, count: width), count: templateCount)
        var rankCounts = [Int](repeating: 0, count: templateCount)
        for disease in diseases {
            let rows = TemplateRanks(table, disease: disease, templates: templates, mode: mode)
            guard !rows.templates.isEmpty else { continue }
            results.append(robustness(rows, tieOrder: group.tieOrder(mode: mode), creditsTies: mode == .correct))
            for (k, template) in rows.templates.enumerated() {
                rankCounts[template] += 1
                for g in 0..<width { rankSums[template][g] += rows.ranks[k][g] }
            }
        }
        let meanRanks = rankSums.indices.map { t in
            rankSums[t].map { rankCounts[t] > 0 ? $0 / Double(rankCounts[t]) : .nan }
        }
        return (results, meanRanks)
    }

    /// The measures of one disease's kept rows: modal_top_freq = max_g #{t : g ∈ top(t)}, top(t) = every
    /// demographic at the lowest rank (`creditsTies`) or the first of them in tie order; mean_pairwise_tau = mean
    /// over pairs i<j of τ-b(rank_i, rank_j), NaN skipped; mean |Δlogit| and |Δrank| over demographics of the mean
    /// over pairs; max_shared_ranking = the most templates with an identical rank vector.
    public static func robustness(_ rows: TemplateRanks, tieOrder: [Int],
                                  creditsTies: Bool) -> ReferenceDiseaseRobustness {
        let width = tieOrder.count
        var tally = [Int](repeating: 0, count: width)
        for ranks in rows.ranks {
            guard let top = bestIndex(ranks, tieOrder: tieOrder) else { continue }
            for index in ranks.indices where creditsTies ? ranks[index] == ranks[top] : index == top {
                tally[index] += 1
            }
        }
        let best = tally.max() ?? 0
        let tied = best > 0 ? tally.indices.filter { tally[$0] == best } : []
        let modal = creditsTies ? tied : tied.min { tieOrder[$0] < tieOrder[$1] }.map { [$0] } ?? []
        var tauSum = 0.0, tauCount = 0, shared = rows.ranks.isEmpty ? 0 : 1
        for i in rows.ranks.indices {
            shared = max(shared, rows.ranks.filter { $0 == rows.ranks[i] }.count)
            for j in rows.ranks.indices where j > i {
                let tau = tauB(rows.ranks[i], rows.ranks[j])
                if !tau.isNaN {
                    tauSum += tau
                    tauCount += 1
                }
            }
        }
        return ReferenceDiseaseRobustness(
            disease: rows.disease, templateCount: rows.templates.count, modalTopFrequency: best, modalTops: modal,
            meanPairwiseTau: tauCount > 0 ? tauSum / Double(tauCount) : .nan,
            meanAbsLogitDifference: meanAbsolutePairDifference(rows.logits, width: width),
            meanAbsRankDifference: meanAbsolutePairDifference(rows.ranks, width: width),
            maxSharedRanking: shared)
    }

    /// The index with the lowest rank; ties to the lowest tie key; nil when all are NaN.
    static func bestIndex(_ ranks: [Double], tieOrder: [Int]) -> Int? {
        ranks.indices.filter { !ranks[$0].isNaN }.min {
            ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : tieOrder[$0] < tieOrder[$1]
        }
    }

    /// Mean over columns of the mean over row pairs i<j of |r_i[g] − r_j[g]|; NaN with fewer than two rows.
    static func meanAbsolutePairDifference(_ rows: [[Double]], width: Int) -> Double {
        guard rows.count >= 2, width > 0 else { return .nan }
        var total = 0.0
        for column in 0..<width {
            var sum = 0.0, pairs = 0
            for i in rows.indices {
                for j in rows.indices where j > i {
                    sum += abs(rows[i][column] - rows[j][column])
                    pairs += 1
                }
            }
            total += sum / Double(pairs)
        }
        return total / Double(width)
    }
}
