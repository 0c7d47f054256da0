/// Which rules count a block of `top_bottom.csv` and the Top/Bottom view (one rule per block, shared by both).
extension TopBottom {
    /// True for the block that the paper's Section 3 count tables cover (spec section3.md §3a): `hf`, American
    /// context, templates 0–9, any language. In paper mode that block is counted by the Section 3 rules.
    public static func isWildBlock(_ configuration: LogitConfiguration, templates: TemplateSelection) -> Bool {
        configuration.logitType == .hf && configuration.context == .american && templates == .original
    }

    /// Top/bottom counts of one model's table. Correct mode: `counts` of the template means over every disease
    /// the file has. Paper mode, wild block: over the paper's 89 diseases (`Section3Paper.diseases`), NaN-skipping
    /// template means with API zeros as values, top = `rank[0]` and bottom = `rank[-1]` of the alphabetically
    /// tie-broken ordering, so every (language, model) block counts 89 diseases (section3.md §3a). Paper mode,
    /// other blocks: the Section 2 notebook's across-models rule (`acrossTemplates`, section2.md §4).
    public static func modelCounts(_ dataset: Dataset, table: LogitTable, templates: TemplateSelection,
                                   mode: AnalysisMode) -> TopBottomCounts {
        guard mode == .paper, isWildBlock(table.configuration, templates: templates) else {
            return acrossTemplates(table, templates: templates, mode: mode, diseases: table.presentDiseases)
        }
        let matrix = ScoreMatrix(table, templates: templates, mode: .paper)
        var result = TopBottomCounts(group: table.configuration.group)
        for disease in Section3Paper.diseases(dataset, table: table, mode: .paper) {
            let extremes = RankAgreement.extremes(matrix, disease: disease)
            guard !extremes.top.isEmpty else { continue }
            result.diseaseCount += 1
            for index in extremes.top { result.top[index] += 1 }
            for index in extremes.bottom { result.bottom[index] += 1 }
        }
        return result
    }

    /// The models a block lists: every model with logits, except that paper mode's wild block keeps the paper's
    /// model set (without pile-t5-base/large, `Section3Paper.models`).
    public static func models(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection,
                              mode: AnalysisMode) -> [String] {
        guard mode == .paper, isWildBlock(configuration, templates: templates) else {
            return dataset.models(with: configuration).map(\.id)
        }
        return Section3Paper.models(dataset, configuration: configuration, mode: .paper)
    }
}
