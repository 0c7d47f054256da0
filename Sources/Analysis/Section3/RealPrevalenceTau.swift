/// Section 3a: a model's Kendall tau against real prevalence, per disease, in either mode.
public enum RealPrevalenceTau {
    /// Correct: `ScoreCorrelation.tauReal` (τ-b of scores vs numeric prevalence over the demographics with real
    /// data; 0 or unparsed = missing, so CKD/indigenous leaves 4). Paper: `paperTau`. The matrix's mode decides.
    public static func taus(_ matrix: ScoreMatrix, prevalence: PrevalenceTable,
                            diseases: [DiseaseID]) -> [DiseaseTau] {
        var nulls = TauPermutationNulls()
        return taus(matrix, prevalence: prevalence, diseases: diseases, nulls: &nulls)
    }

    /// `taus` with the exact p of each from `nulls`; paper mode tests the tau the paper computed (over the two
    /// lists of names, i.e. their alphabetical positions).
    public static func taus(_ matrix: ScoreMatrix, prevalence: PrevalenceTable, diseases: [DiseaseID],
                            nulls: inout TauPermutationNulls) -> [DiseaseTau] {
        let groupPairs = matrix.group.demographicsWithRealData.count
        switch matrix.mode {
        case .correct:
            return ScoreCorrelation.tauReal(matrix, prevalence: prevalence, diseases: diseases, nulls: &nulls)
        case .paper:
            return diseases.map { disease in
                guard let row = prevalence.row(for: disease), disease < matrix.diseaseCount else {
                    return DiseaseTau(disease: disease, tau: .nan, n: 0)
                }
                let real = realRanking(row, columns: prevalence.columns, group: matrix.group)
                let model = RankAgreement.ranking(matrix, disease: disease, keep: Set(real))
                guard model.count == real.count, model.count >= 2 else {
                    return DiseaseTau(disease: disease, tau: .nan, n: model.count, groupPairs: groupPairs)
                }
                let position = RankAgreement.alphabeticalPosition
                return DiseaseTau(disease: disease, tau: RankAgreement.nameListTau(model, real), n: real.count,
                                  pExact: nulls.pValue(model.map { position[$0.rawValue] },
                                                       real.map { position[$0.rawValue] }),
                                  groupPairs: groupPairs)
            }
        }
    }

    /// The paper's real ranking: the group's columns sorted by their **raw text** (`"2,200.00"`, `"910.00"`)
    /// in descending code-point order, as pandas sorted the unparsed strings (so `"910.00"` > `"2,200.00"`).
    /// Equal strings keep the file's column order (pandas' reversed stable sort); empty cells go last.
    public static func realRanking(_ row: PrevalenceRow, columns: [Demographic],
                                   group: DemographicGroup) -> [Demographic] {
        let present = columns.filter { $0.group == group && $0.hasRealPrevalence }
        let texts = present.map { row.values[$0]?.raw ?? "" }
        let order = present.indices.sorted { left, right in
            let a = texts[left], b = texts[right]
            if a.isEmpty != b.isEmpty { return !a.isEmpty }
            if a != b { return b.unicodeScalars.lexicographicallyPrecedes(a.unicodeScalars) }
            return left < right
        }
        return order.map { present[$0] }
    }
}

/// The taus of one model against real prevalence in one configuration.
public struct ModelRealTaus: Sendable, Hashable {
    public let model: String
    /// One per real disease (canonical name order).
    public let taus: [DiseaseTau]

    /// Mean over the diseases where tau is defined, with n.
    public var meanTau: CountedMean { taus.meanTau }

    /// Mean over a subset of diseases (e.g. `Section3Paper.fourLanguageDiseases`, the paper's 14 without `mi`).
    public func meanTau(over diseases: [DiseaseID]) -> CountedMean {
        let keep = Set(diseases)
        return taus.filter { keep.contains($0.disease) }.meanTau
    }

    /// Mean over all its diseases or a subset, with its percentile-bootstrap interval (seed key `seedKey`).
    public func summary(_ settings: UncertaintySettings, configuration: LogitConfiguration,
                        templates: TemplateSelection, over diseases: [DiseaseID]? = nil,
                        layout: String = "all") -> MeanTauSummary {
        let keep = diseases.map(Set.init)
        let chosen = keep.map { keep in taus.filter { keep.contains($0.disease) } } ?? taus
        return chosen.summary(settings, seedKey: ModelRealTaus.seedKey(configuration: configuration,
                                                                       templates: templates, model: model,
                                                                       layout: layout))
    }

    /// `tau_real|<configuration>|<templates>|<model>|<layout>`, the block key of `blockSeed`.
    public static func seedKey(configuration: LogitConfiguration, templates: TemplateSelection, model: String,
                               layout: String) -> String {
        "tau_real|\(configuration.description)|\(templates.description)|\(model)|\(layout)"
    }
}

extension Dataset {
    /// Tau vs real prevalence of every Section 3 model of a configuration (`Section3Paper.models`), or of the given
    /// models, over the 15 real diseases (those the model's file has). Empty without a real prevalence table.
    public func realTaus(configuration: LogitConfiguration, templates: TemplateSelection = .original,
                         mode: AnalysisMode, models selected: [String]? = nil,
                         queries: Queries = .uncached) -> [ModelRealTaus] {
        guard let prevalence = prevalence[.real] else { return [] }
        let ids = selected ?? Section3Paper.models(self, configuration: configuration, mode: mode)
        let real = Set(Section3Paper.realDiseases(self))
        var nulls = TauPermutationNulls()
        return ids.compactMap { id in
            guard let table = logits(model: id, configuration: configuration) else { return nil }
            let matrix = scores(table, templates: templates, mode: mode, queries: queries)
            let diseases = Section3Paper.diseases(self, table: table, mode: mode).filter { real.contains($0) }
            return ModelRealTaus(model: id, taus: RealPrevalenceTau.taus(matrix, prevalence: prevalence,
                                                                        diseases: diseases, nulls: &nulls))
        }
    }
}
