/// How far a model ranks a disease's demographics alike in two prompt languages: Kendall tau between the model's
/// rankings in `first` and in `second` (`RankAgreement.tau`: correct = τ-b of the two score vectors over the
/// group's demographics, pairs with a missing score dropped; paper = the study's name-list tau). NaN when either
/// side is constant or has fewer than two scores; n = pairs (correct) or names compared (paper).
public struct LanguageAgreementRow: Sendable, Hashable {
    public let model: String
    public let first: Language
    public let second: Language
    public let disease: DiseaseID
    public let tau: Double
    public let n: Int
}

extension Dataset {
    /// For every model with logits in both languages of a pair, every language pair of `Language.allCases` (in
    /// that order: en–es, en–fr, en–zh, es–fr, es–zh, fr–zh; or only the pairs with `language` when given) and
    /// every disease with scores on both sides, the rank agreement between the two languages. Models in
    /// `models(with:)` order of the first language (or the given ones). O(models × pairs × diseases × d²), d ≤ 6.
    public func languageAgreement(logitType: LogitType, context: PromptContext, group: DemographicGroup,
                                  templates: TemplateSelection = .original, mode: AnalysisMode,
                                  language: Language? = nil, models selected: [String]? = nil,
                                  queries: Queries = .uncached) -> [LanguageAgreementRow] {
        let languages = Language.allCases
        let pairs = LanguageAgreementRow.pairs(with: language)
        func configuration(_ language: Language) -> LogitConfiguration {
            LogitConfiguration(logitType: logitType, context: context, language: language, group: group)
        }
        var ids: [String] = []
        for language in languages {
            for model in selected ?? models(with: configuration(language)).map(\.id) where !ids.contains(model) {
                ids.append(model)
            }
        }
        var rows: [LanguageAgreementRow] = []
        for model in ids {
            var matrices: [Language: ScoreMatrix] = [:]
            for language in languages {
                matrices[language] = scoreMatrix(model: model, configuration: configuration(language),
                                                 templates: templates, mode: mode, queries: queries)
            }
            rows += LanguageAgreementRow.rows(model: model, matrices: matrices, pairs: pairs,
                                              diseaseCount: diseases.count, group: group, mode: mode)
        }
        return rows
    }
}

extension LanguageAgreementRow {
    /// The language pairs of `Language.allCases` in that order (en–es, en–fr, en–zh, es–fr, es–zh, fr–zh), or
    /// only those with `language` when given.
    public static func pairs(with language: Language? = nil) -> [(Language, Language)] {
        let languages = Language.allCases
        var pairs: [(Language, Language)] = []
        for (index, first) in languages.enumerated() {
            for second in languages[(index + 1)...] where language == nil || first == language || second == language {
                pairs.append((first, second))
            }
        }
        return pairs
    }

    /// One model's rows from its score matrices per language: per pair (in `pairs` order) with both matrices, per
    /// disease (id order, below `diseaseCount`) with scores on both sides.
    public static func rows(model: String, matrices: [Language: ScoreMatrix], pairs: [(Language, Language)],
                            diseaseCount: Int, group: DemographicGroup, mode: AnalysisMode) -> [LanguageAgreementRow] {
        var rows: [LanguageAgreementRow] = []
        for (first, second) in pairs {
            guard let a = matrices[first], let b = matrices[second] else { continue }
            for disease in 0..<diseaseCount where a.hasScores(disease: disease) && b.hasScores(disease: disease) {
                let (tau, n) = RankAgreement.tau(a, b, disease: disease, demographics: group.demographics, mode: mode)
                rows.append(LanguageAgreementRow(model: model, first: first, second: second, disease: disease,
                                                 tau: tau, n: n))
            }
        }
        return rows
    }
}
