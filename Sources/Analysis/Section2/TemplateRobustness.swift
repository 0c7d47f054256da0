/// Template robustness of one (model, disease) (Section 2b). NaN where a measure is undefined.
public struct DiseaseRobustness: Sendable, Hashable {
    public let disease: DiseaseID
    public let templateCount: Int
    /// Count of the most frequent top demographic over the kept templates (0 when none is kept).
    public let modalTopFrequency: Int
    /// The most frequent top demographic (canonical index), nil when no template is kept.
    public let modalTop: Int?
    public let meanPairwiseTau: Double
    public let meanAbsLogitDifference: Double
    public let meanAbsRankDifference: Double
    /// Largest number of kept templates that share the same full ordering of the demographics (ties in tie order).
    public let maxSharedOrdering: Int
}

/// Model-level robustness: per-disease values and their means over diseases (each with its count).
public struct ModelRobustness: Sendable, Hashable {
    public let model: String
    /// Diseases with at least one kept template, in the order asked.
    public let diseases: [DiseaseRobustness]
    public let modalTopFrequency: CountedMean
    public let meanPairwiseTau: CountedMean
    public let meanAbsLogitDifference: CountedMean
    public let meanAbsRankDifference: CountedMean
    /// `meanRankByTemplate[t][g]` = mean rank of demographic g in template t over the diseases that kept t
    /// (all 20 templates; NaN for a template never kept).
    public let meanRankByTemplate: [[Double]]
}

public enum TemplateRobustness {
    /// The measures of one disease from its kept template rows (spec §5):
    /// modal_top_freq = max_g #{t : top(t) = g}, top(t) = the rank-1 demographic (ties: first in tie order);
    /// mean_pairwise_tau = mean over pairs i<j of tau-b(rank_i, rank_j), NaN pairs skipped;
    /// mean_abs_logit_diff (rank_diff) = mean over demographics of mean over pairs i<j of |x_i − x_j| (ranks);
    /// max_shared_ordering = max over full orderings of the number of templates giving it.
    /// O(T² × demographics).
    public static func measure(_ rows: TemplateRanks, tieOrder: [Int]) -> DiseaseRobustness {
        let width = tieOrder.count
        var tally = [Int](repeating: 0, count: width)
        var orderings: [[Int]: Int] = [:]
        for ranks in rows.ranks {
            let ordering = Ranking.ordering(ranks, descending: false, tieOrder: tieOrder)
            if let top = ordering.first { tally[top] += 1 }
            orderings[ordering, default: 0] += 1
        }
        let best = tally.max() ?? 0
        let modal = best > 0 ? tally.indices.filter { tally[$0] == best }.min { tieOrder[$0] < tieOrder[$1] } : nil
        var taus: [Double] = []
        for i in rows.ranks.indices {
            for j in rows.ranks.indices where j > i { taus.append(KendallTau.tauB(rows.ranks[i], rows.ranks[j])) }
        }
        return DiseaseRobustness(
            disease: rows.disease, templateCount: rows.templates.count, modalTopFrequency: best, modalTop: modal,
            meanPairwiseTau: CountedMean(of: taus).value,
            meanAbsLogitDifference: meanAbsolutePairDifference(rows.logits, width: width),
            meanAbsRankDifference: meanAbsolutePairDifference(rows.ranks, width: width),
            maxSharedOrdering: orderings.values.max() ?? 0)
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

    /// All measures of a model over the given diseases; diseases with no kept template are left out and so are
    /// not averaged. Model value of each measure = mean over diseases (NaN skipped, counted).
    public static func model(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                             diseases: [DiseaseID]) -> ModelRobustness {
        let group = table.configuration.group
        let tieOrder = group.tieOrder(mode: mode)
        let width = group.demographics.count
        var results: [DiseaseRobustness] = []
        var rankSums = [[Double]](repeating: [Double](repeating: 0, count: width), count: LogitTable.templateCount)
        var rankCounts = [Int](repeating: 0, count: LogitTable.templateCount)
        for disease in diseases {
            let rows = TemplateRanks(table, disease: disease, templates: templates, mode: mode)
            guard !rows.templates.isEmpty else { continue }
            results.append(measure(rows, tieOrder: tieOrder))
            for (k, template) in rows.templates.enumerated() {
                rankCounts[template] += 1
                for g in 0..<width { rankSums[template][g] += rows.ranks[k][g] }
            }
        }
        let meanRanks = rankSums.indices.map { t in
            rankSums[t].map { rankCounts[t] > 0 ? $0 / Double(rankCounts[t]) : .nan }
        }
        return ModelRobustness(
            model: table.model, diseases: results,
            modalTopFrequency: CountedMean(of: results.map { Double($0.modalTopFrequency) }),
            meanPairwiseTau: CountedMean(of: results.map(\.meanPairwiseTau)),
            meanAbsLogitDifference: CountedMean(of: results.map(\.meanAbsLogitDifference)),
            meanAbsRankDifference: CountedMean(of: results.map(\.meanAbsRankDifference)),
            meanRankByTemplate: meanRanks)
    }
}

/// One row of the long table behind box and violin plots.
public struct TemplateRankRecord: Sendable, Hashable {
    public let disease: DiseaseID
    public let template: Int
    public let demographicIndex: Int
    public let rank: Double
}

extension TemplateRobustness {
    /// The long (disease, template, demographic, rank) rows of one model, kept templates only.
    public static func longRanks(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                                 diseases: [DiseaseID]) -> [TemplateRankRecord] {
        var records: [TemplateRankRecord] = []
        for disease in diseases {
            let rows = TemplateRanks(table, disease: disease, templates: templates, mode: mode)
            for (k, template) in rows.templates.enumerated() {
                for (index, rank) in rows.ranks[k].enumerated() {
                    records.append(TemplateRankRecord(disease: disease, template: template,
                                                      demographicIndex: index, rank: rank))
                }
            }
        }
        return records
    }
}
