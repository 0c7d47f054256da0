extension Dataset {
    /// This dataset with `tables` as its logits and `problems` added: how the composition root makes, per frame, the
    /// value an analysis reads from a catalogue load (issue 21) and the configurations it has parsed. Tables are
    /// kept in `models` order then configuration order, as a full load orders them; a table of a model the dataset
    /// does not list is left out.
    public func replacingLogits(_ tables: [LogitTable], addingProblems added: [DataProblem] = []) -> Dataset {
        let order = Dictionary(models.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = LogitTable.inLoadOrder(tables.filter { order[$0.model] != nil }, modelOrder: order)
        return Dataset(rootName: rootName, vocabulary: vocabulary, models: models, cooccurrence: cooccurrence,
                       documentTotals: documentTotals, logitTables: sorted, prevalence: prevalence,
                       filesRead: filesRead, problems: problems + added, userData: userData)
    }
}

extension LogitTable {
    /// `tables` in the order a full load keeps them: model (`modelOrder`, unknown models last), then logit type,
    /// context, language and group in their declared order (sort keys computed once per table).
    public static func inLoadOrder(_ tables: some Sequence<LogitTable>, modelOrder: [String: Int]) -> [LogitTable] {
        tables.map { (loadRank(model: $0.model, configuration: $0.configuration, modelOrder: modelOrder), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    /// The sort key of `inLoadOrder`: model position, then the declared positions of the configuration's parts.
    public static func loadRank(model: String, configuration: LogitConfiguration, modelOrder: [String: Int]) -> [Int] {
        [modelOrder[model] ?? Int.max,
         LogitType.allCases.firstIndex(of: configuration.logitType) ?? 0,
         PromptContext.allCases.firstIndex(of: configuration.context) ?? 0,
         Language.allCases.firstIndex(of: configuration.language) ?? 0,
         DemographicGroup.allCases.firstIndex(of: configuration.group) ?? 0]
    }
}
