/// Template robustness of one (model, disease) (Section 2b). NaN where a measure is undefined.
public struct DiseaseRobustness: Sendable, Hashable {
    public let disease: DiseaseID
    public let templateCount: Int
    /// Count of the most frequent top demographic over the kept templates (0 when none is kept). Correct mode: a
    /// template whose top is tied credits every tied demographic; paper mode: only the alphabetically first.
    public let modalTopFrequency: Int
    /// The demographics (canonical indices) with that count: every one of them in correct mode, the first in
    /// tie order in paper mode; empty when no template is kept.
    public let modalTops: [Int]
    public let meanPairwiseTau: Double
    public let meanAbsLogitDifference: Double
    public let meanAbsRankDifference: Double
    /// Largest number of kept templates that give the same full ranking (identical rank vectors, ties included).
    public let maxSharedRanking: Int
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
    /// All measures of a model over the given diseases; diseases with no kept template are left out and so are
    /// not averaged. Model value of each measure = mean over diseases (NaN skipped, counted).
    ///
    /// Per disease, from its kept template rows (`TemplateRanks`, spec §5):
    /// modal_top_freq = max_g #{t : g ∈ top(t)}, top(t) = every demographic at the lowest rank of template t
    /// (correct mode, README decision 9) or the first of them in tie order (paper mode);
    /// mean_pairwise_tau = mean over pairs i<j of tau-b(rank_i, rank_j), NaN pairs skipped;
    /// mean_abs_logit_diff (rank_diff) = mean over demographics of mean over pairs i<j of |x_i − x_j| (ranks);
    /// max_shared_ranking = max over templates of the number of templates with an identical rank vector.
    /// O(T² × demographics) per disease, computed in `RobustnessWorkspace`; the readable reference is
    /// `ReferenceStatistics.robustness` (Tests/TestSupport).
    public static func model(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                             diseases: [DiseaseID]) -> ModelRobustness {
        let group = table.configuration.group
        let tieOrder = group.tieOrder(mode: mode)
        let width = group.demographics.count
        var results: [DiseaseRobustness] = []
        var rankSums = [[Double]](repeating: [Double](repeating: 0, count: width), count: LogitTable.templateCount)
        var rankCounts = [Int](repeating: 0, count: LogitTable.templateCount)
        var workspace = RobustnessWorkspace(width: width, tieOrder: tieOrder, creditsTies: mode == .correct)
        for disease in diseases {
            workspace.load(table, disease: disease, templates: templates, mode: mode)
            guard workspace.keptCount > 0 else { continue }
            results.append(workspace.measure(disease: disease))
            for (k, template) in workspace.templates.enumerated() {
                rankCounts[template] += 1
                for g in 0..<width { rankSums[template][g] += workspace.ranks[k * width + g] }
            }
        }
        return summarize(table, results: results, rankSums: rankSums, rankCounts: rankCounts)
    }
}

extension TemplateRobustness {
    static func summarize(_ table: LogitTable, results: [DiseaseRobustness], rankSums: [[Double]],
                          rankCounts: [Int]) -> ModelRobustness {
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
