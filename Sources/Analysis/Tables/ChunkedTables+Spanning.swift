/// The two tables of `ChunkedTables` that read several configurations of a model, from the carried scores.
extension ChunkedTables {
    /// `language_agreement.csv`'s rows of `blocks` (written mode), as `LanguageAgreementTable.table` gives them on
    /// the whole data: per block, models in `Dataset.models(with:)` order of each language in turn, each model's
    /// rows from its four carried matrices (`LanguageAgreementRow.rows`), models spread over `parallel`.
    func languageAgreement(_ blocks: [LogitConfiguration], _ dataset: Dataset, parallel: ParallelMap) -> TypedTable {
        var table = LanguageAgreementTable.emptyTable()
        let carried = self.carried, mode = written
        let pairs = LanguageAgreementRow.pairs(), diseaseCount = dataset.diseases.count
        for block in blocks {
            let configurations = Self.languages(of: block)
            var ids: [String] = [], seen = Set<String>()
            for configuration in configurations {
                for id in carried.models(configuration) where seen.insert(id).inserted { ids.append(id) }
            }
            let rows = parallel(ids) { id in
                var matrices: [Language: ScoreMatrix] = [:]
                for configuration in configurations {
                    matrices[configuration.language] = carried.entry(model: id, configuration: configuration)?
                        .matrix(mode)
                }
                return LanguageAgreementRow.rows(model: id, matrices: matrices, pairs: pairs,
                                                 diseaseCount: diseaseCount, group: block.group, mode: mode)
            }
            LanguageAgreementTable.append(rows.flatMap { $0 }, of: block, to: &table, dataset)
        }
        return table
    }

    /// The hf vs hf_tf agreements of the hf partners of `dataset`'s hf_tf configurations (in their order), as
    /// `Dataset.trueFalseAgreement` gives them on the whole data: the partner's models (`Section3Paper.models`,
    /// Hugging Face only) with logits in both, from the carried matrices.
    static func trueFalse(_ carried: CarriedScores, _ dataset: Dataset, mode: AnalysisMode,
                          parallel: ParallelMap) -> [(LogitConfiguration, [TrueFalseAgreement])] {
        let sources = Dictionary(dataset.models.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        let excluded = Set(Section3Paper.excludedModels)
        return dataset.logitConfigurations.filter { $0.logitType == .hfTF }.compactMap { trueFalse in
            let raw = LogitConfiguration(logitType: .hf, context: trueFalse.context, language: trueFalse.language,
                                         group: trueFalse.group)
            guard carried.holds(raw) else { return nil }
            let ids = carried.models(raw).filter {
                sources[$0] == .huggingFace && (mode == .correct || !excluded.contains($0))
            }
            let group = raw.group
            let agreements = parallel(ids) { id -> TrueFalseAgreement? in
                guard let hf = carried.entry(model: id, configuration: raw),
                      let tf = carried.entry(model: id, configuration: trueFalse) else { return nil }
                return TrueFalseAgreement(
                    model: id, hf: hf.matrix(mode), tf: tf.matrix(mode),
                    hfDiseases: Section3Paper.diseases(dataset, group: group, present: hf.present, mode: mode),
                    tfDiseases: Section3Paper.diseases(dataset, group: group, present: tf.present, mode: mode),
                    demographics: group.demographics, mode: mode)
            }
            return (raw, agreements.compactMap { $0 })
        }
    }
}
