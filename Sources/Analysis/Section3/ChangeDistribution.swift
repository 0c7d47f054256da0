/// One cell of the study's `kt_4lang_disease_change_dist` table.
public struct DiseaseChangeCount: Sendable, Hashable {
    public let base: String
    public let disease: DiseaseID
    /// Derived models whose ranking tau vs the base is below `Section3Paper.changeThreshold` (0.8).
    public let changed: Int
    /// Derived models with logits and a defined tau.
    public let compared: Int
}

extension Dataset {
    /// Per base of `Section3Paper.alignmentBases` and real disease: `#{derived m : tau(base, m) < 0.8}` over the
    /// group's demographics without pacific islander (race: 5; gender: all 3). Tau: `RankAgreement.tau` (paper:
    /// name lists; correct: τ-b of scores). A NaN tau counts in neither.
    public func changeDistribution(configuration: LogitConfiguration, templates: TemplateSelection = .original,
                                   mode: AnalysisMode, queries: Queries = .uncached) -> [DiseaseChangeCount] {
        let demographics = configuration.group.demographics.filter { $0 != .pacificIslander }
        let diseases = Section3Paper.realDiseases(self)
        var result: [DiseaseChangeCount] = []
        for (baseID, derivedIDs) in Section3Paper.alignmentBases {
            guard let base = scoreMatrix(model: baseID, configuration: configuration, templates: templates,
                                         mode: mode, queries: queries) else { continue }
            let derived = derivedIDs.compactMap {
                scoreMatrix(model: $0, configuration: configuration, templates: templates, mode: mode, queries: queries)
            }
            for disease in diseases {
                let taus = derived.map {
                    RankAgreement.tau(base, $0, disease: disease, demographics: demographics, mode: mode).tau
                }.filter { !$0.isNaN }
                result.append(DiseaseChangeCount(base: baseID, disease: disease,
                    changed: taus.filter { $0 < Section3Paper.changeThreshold }.count, compared: taus.count))
            }
        }
        return result
    }
}
