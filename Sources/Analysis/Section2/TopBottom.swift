/// How many diseases rank each demographic top and bottom (Section 2a).
public struct TopBottomCounts: Sendable, Hashable {
    public let group: DemographicGroup
    /// Per canonical demographic index.
    public var top: [Int]
    public var bottom: [Int]
    /// Diseases that could be ranked (at least one value).
    public var diseaseCount: Int

    public init(group: DemographicGroup) {
        self.group = group
        top = [Int](repeating: 0, count: group.demographics.count)
        bottom = top
        diseaseCount = 0
    }
}

/// Section 2a: top vs bottom counts, per template and across templates.
public enum TopBottom {
    /// Correct: for each disease with a score, every demographic tied at the highest score counts as top and every
    /// one tied at the lowest as bottom (so row sums can exceed the disease count). O(diseases × demographics).
    public static func counts(_ matrix: ScoreMatrix, diseases: [DiseaseID]) -> TopBottomCounts {
        var result = TopBottomCounts(group: matrix.group)
        for disease in diseases where disease < matrix.diseaseCount && matrix.hasScores(disease: disease) {
            result.diseaseCount += 1
            for index in matrix.topIndices(disease: disease) { result.top[index] += 1 }
            for index in matrix.bottomIndices(disease: disease) { result.bottom[index] += 1 }
        }
        return result
    }

    /// Across-models table of one model (spec §4). Correct: `counts` of the template means (NaN skipped).
    /// Paper: mean = `Σx/len(x)` (a NaN template makes it NaN), NaN filled with 0, descending average ranks, top =
    /// rank exactly 1 (a tie at the top counts for nobody), and bottom printed as a copy of top.
    public static func acrossTemplates(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                                       diseases: [DiseaseID]) -> TopBottomCounts {
        switch mode {
        case .correct:
            return counts(ScoreMatrix(table, templates: templates, mode: .correct), diseases: diseases)
        case .paper:
            return paperAcrossTemplates(table, templates: templates, diseases: diseases)
        }
    }

    static func paperAcrossTemplates(_ table: LogitTable, templates: TemplateSelection,
                                     diseases: [DiseaseID]) -> TopBottomCounts {
        var result = TopBottomCounts(group: table.configuration.group)
        let width = table.demographicCount
        var means = [Double](repeating: 0, count: width)
        for disease in diseases where disease < table.diseaseCount && table.diseasePresent[disease] {
            for index in 0..<width {
                var sum = 0.0
                for template in templates.indices {
                    sum += table.logit(disease: disease, demographicIndex: index, template: template)
                }
                let mean = sum / Double(templates.indices.count)
                means[index] = mean.isNaN ? 0 : mean
            }
            result.diseaseCount += 1
            for (index, rank) in Ranking.averageRanks(means).enumerated() where rank == 1 {
                result.top[index] += 1
                result.bottom[index] += 1
            }
        }
        return result
    }

    /// Per-template table of one model: element `t` counts, over the diseases, the demographics at the extreme of
    /// template `t`'s logits. Correct: top = every one tied at the max, bottom = at the min (NaN and correct-mode
    /// placeholder zeros skipped). Paper: the notebook's `rank(ascending=True, method='min') == 1`, so "top" is
    /// every one tied at the *lowest* logit, and bottom is a copy of top. O(20 × diseases × demographics).
    public static func perTemplate(_ table: LogitTable, mode: AnalysisMode,
                                   diseases: [DiseaseID]) -> [TopBottomCounts] {
        let width = table.demographicCount
        let skipZeros = table.zerosArePlaceholders && mode == .correct
        var values = [Double](repeating: .nan, count: width)
        return (0..<LogitTable.templateCount).map { template in
            var result = TopBottomCounts(group: table.configuration.group)
            for disease in diseases where disease < table.diseaseCount && table.diseasePresent[disease] {
                for index in 0..<width {
                    let value = table.logit(disease: disease, demographicIndex: index, template: template)
                    values[index] = skipZeros && value == 0 ? .nan : value
                }
                var highest = -Double.infinity, lowest = Double.infinity
                for value in values where !value.isNaN {
                    highest = max(highest, value)
                    lowest = min(lowest, value)
                }
                guard lowest <= highest else { continue }
                result.diseaseCount += 1
                for index in 0..<width {
                    switch mode {
                    case .correct:
                        if values[index] == highest { result.top[index] += 1 }
                        if values[index] == lowest { result.bottom[index] += 1 }
                    case .paper where values[index] == lowest:
                        result.top[index] += 1
                        result.bottom[index] += 1
                    case .paper: break
                    }
                }
            }
            return result
        }
    }
}
