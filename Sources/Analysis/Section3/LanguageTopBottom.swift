/// One cell pair of the 3b nested table: how many wild models rank a demographic top and bottom for a disease.
public struct LanguageTopBottomRow: Sendable, Hashable {
    public let language: Language
    public let disease: DiseaseID
    public let demographic: Demographic
    public let top: Int
    public let bottom: Int
    /// Wild models with a score for the disease in that language.
    public let modelCount: Int
}

extension Dataset {
    /// The wild models: `vocab/models.json` group `all_wild` (the 19 of the qwen, llama and mistral groups).
    public var wildModels: [String] { vocabulary.models.models(inGroup: "all_wild") }

    /// Section 3b nested table for one group: per language the data has, disease (paper: its 89) and demographic,
    /// `top = #{wild models m : demographic ∈ top(m, disease)}` and likewise bottom (`RankAgreement.extremes`: ties
    /// all count in correct mode, alphabetical `rank[0]`/`rank[-1]` in paper mode). `models` keeps only those of the
    /// wild models (the explorer's model filter); nil = all of them.
    public func languageTopBottom(group: DemographicGroup, logitType: LogitType = .hf,
                                  context: PromptContext = .american, templates: TemplateSelection = .original,
                                  mode: AnalysisMode, models: [String]? = nil,
                                  queries: Queries = .uncached) -> [LanguageTopBottomRow] {
        let counted = models.map { wanted in wildModels.filter(wanted.contains) } ?? wildModels
        var rows: [LanguageTopBottomRow] = []
        for language in Language.allCases {
            let configuration = LogitConfiguration(logitType: logitType, context: context, language: language,
                                                   group: group)
            let tables = counted.compactMap { logits(model: $0, configuration: configuration) }
            guard !tables.isEmpty else { continue }
            let matrices = tables.map { scores($0, templates: templates, mode: mode, queries: queries) }
            let diseases = Set(tables.flatMap { Section3Paper.diseases(self, table: $0, mode: mode) })
            for disease in vocabulary.diseaseIDsByName where diseases.contains(disease) {
                var top = [Int](repeating: 0, count: group.demographics.count), bottom = top, scored = 0
                for matrix in matrices where disease < matrix.diseaseCount && matrix.hasScores(disease: disease) {
                    scored += 1
                    let extremes = RankAgreement.extremes(matrix, disease: disease)
                    for index in extremes.top { top[index] += 1 }
                    for index in extremes.bottom { bottom[index] += 1 }
                }
                for (index, demographic) in group.demographics.enumerated() {
                    rows.append(LanguageTopBottomRow(language: language, disease: disease, demographic: demographic,
                                                     top: top[index], bottom: bottom[index], modelCount: scored))
                }
            }
        }
        return rows
    }
}
