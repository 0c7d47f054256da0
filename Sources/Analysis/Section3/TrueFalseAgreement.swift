/// hf vs hf_tf agreement of one disease: how far True/False prompting reorders the raw-likelihood ranking.
public struct TrueFalseDiseaseAgreement: Sendable, Hashable {
    public let disease: DiseaseID
    /// `RankAgreement.tau` over all demographics of the group (correct τ-b of scores; paper name-list tau).
    public let tau: Double
    public let n: Int
    /// Whether both logit types give the same top (correct: the same set of tied tops; paper: the same `rank[0]`);
    /// nil when either side has no score for the disease (unknown is not "different", README decision 10).
    public let sameTop: Bool?
}

/// hf vs hf_tf agreement of one model over its diseases (spec section3.md §3a, robustness).
public struct TrueFalseAgreement: Sendable, Hashable {
    public let model: String
    public let diseases: [TrueFalseDiseaseAgreement]

    /// Mean tau over the diseases where it is defined, with n.
    public var meanTau: CountedMean { CountedMean(of: diseases.map(\.tau)) }
    /// Diseases whose top demographic agrees (unknown ones are not counted).
    public var sameTopCount: Int { diseases.filter { $0.sameTop == true }.count }
    /// Diseases where both sides have a top, so that `sameTopCount` is out of this many.
    public var comparedTopCount: Int { diseases.filter { $0.sameTop != nil }.count }
}

extension Dataset {
    /// For each Hugging Face model with both hf and hf_tf logits in (context, language, group) — paper mode without
    /// pile-t5-base/large — and each disease both files have (paper: of its 89), the hf vs hf_tf tau and top
    /// agreement. API models are left out: one set of their files serves both logit types, so tau = 1 by
    /// construction (README decision 11). Defaults: American context, English (the study's).
    public func trueFalseAgreement(group: DemographicGroup, context: PromptContext = .american,
                                   language: Language = .en, templates: TemplateSelection = .original,
                                   mode: AnalysisMode, queries: Queries = .uncached) -> [TrueFalseAgreement] {
        let raw = LogitConfiguration(logitType: .hf, context: context, language: language, group: group)
        let trueFalse = LogitConfiguration(logitType: .hfTF, context: context, language: language, group: group)
        let demographics = group.demographics
        // Models are independent: spread over the caller's parallel map, kept in the catalog order.
        let huggingFace = Section3Paper.models(self, configuration: raw, mode: mode).filter {
            model(id: $0)?.source == .huggingFace
        }
        return queries.map(huggingFace) { id in
            guard let first = logits(model: id, configuration: raw),
                  let second = logits(model: id, configuration: trueFalse) else { return nil }
            return TrueFalseAgreement(model: id, hf: scores(first, templates: templates, mode: mode, queries: queries),
                                      tf: scores(second, templates: templates, mode: mode, queries: queries),
                                      hfDiseases: Section3Paper.diseases(self, table: first, mode: mode),
                                      tfDiseases: Section3Paper.diseases(self, table: second, mode: mode),
                                      demographics: demographics, mode: mode)
        }.compactMap { $0 }
    }
}

extension TrueFalseAgreement {
    /// One model's agreement from its hf and hf_tf score matrices and the diseases each file has
    /// (`Section3Paper.diseases`): every disease of `hfDiseases` (in that order) that `tfDiseases` has too.
    public init(model: String, hf: ScoreMatrix, tf: ScoreMatrix, hfDiseases: [DiseaseID], tfDiseases: [DiseaseID],
                demographics: [Demographic], mode: AnalysisMode) {
        let shared = Set(tfDiseases)
        let rows = hfDiseases.filter(shared.contains).map { disease in
            let (tau, n) = RankAgreement.tau(hf, tf, disease: disease, demographics: demographics, mode: mode)
            let topHF = RankAgreement.extremes(hf, disease: disease).top
            let topTF = RankAgreement.extremes(tf, disease: disease).top
            return TrueFalseDiseaseAgreement(disease: disease, tau: tau, n: n,
                                             sameTop: topHF.isEmpty || topTF.isEmpty ? nil : topHF == topTF)
        }
        self.init(model: model, diseases: rows)
    }
}
