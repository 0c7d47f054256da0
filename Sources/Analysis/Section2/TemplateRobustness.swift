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
    /// The measures of one disease from its kept template rows (spec §5):
    /// modal_top_freq = max_g #{t : g ∈ top(t)}, top(t) = every demographic at the lowest rank of template t
    /// (`creditsTies`, correct mode, README decision 9) or the first of them in tie order (paper mode);
    /// mean_pairwise_tau = mean over pairs i<j of tau-b(rank_i, rank_j), NaN pairs skipped;
    /// mean_abs_logit_diff (rank_diff) = mean over demographics of mean over pairs i<j of |x_i − x_j| (ranks);
    /// max_shared_ranking = max over templates of the number of templates with an identical rank vector.
    /// O(T² × demographics).
    public static func measure(_ rows: TemplateRanks, tieOrder: [Int], creditsTies: Bool) -> DiseaseRobustness {
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
            var same = 1
            for j in rows.ranks.indices where j != i {
                if rows.ranks[j] == rows.ranks[i] { same += 1 }
                guard j > i else { continue }
                let tau = KendallTau.tauB(rows.ranks[i], rows.ranks[j])
                if !tau.isNaN {
                    tauSum += tau
                    tauCount += 1
                }
            }
            shared = max(shared, same)
        }
        return DiseaseRobustness(
            disease: rows.disease, templateCount: rows.templates.count, modalTopFrequency: best, modalTops: modal,
            meanPairwiseTau: tauCount > 0 ? tauSum / Double(tauCount) : .nan,
            meanAbsLogitDifference: meanAbsolutePairDifference(rows.logits, width: width),
            meanAbsRankDifference: meanAbsolutePairDifference(rows.ranks, width: width),
            maxSharedRanking: shared)
    }

    /// The index with the lowest rank (rank 1 = top); ties go to the lowest tie-order key; nil when all NaN.
    static func bestIndex(_ ranks: [Double], tieOrder: [Int]) -> Int? {
        var best: Int?
        for index in ranks.indices where !ranks[index].isNaN {
            guard let current = best else {
                best = index
                continue
            }
            if ranks[index] < ranks[current] || (ranks[index] == ranks[current] && tieOrder[index] < tieOrder[current]) {
                best = index
            }
        }
        return best
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
        guard width == table.demographicCount else {
            return slowModel(table, templates: templates, mode: mode, diseases: diseases)
        }
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
    /// `model` through `TemplateRanks` and `measure` (the reference the flat workspace is checked against).
    static func slowModel(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
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
            results.append(measure(rows, tieOrder: tieOrder, creditsTies: mode == .correct))
            for (k, template) in rows.templates.enumerated() {
                rankCounts[template] += 1
                for g in 0..<width { rankSums[template][g] += rows.ranks[k][g] }
            }
        }
        return summarize(table, results: results, rankSums: rankSums, rankCounts: rankCounts)
    }

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
