extension Dataset {
    /// The data a mode computes from: itself in correct mode, and in paper mode, when a user's catalogue or
    /// prevalence table is present, a view without them (the study's models, catalogue, pairs and
    /// `cross_care_demo_real.csv`), made once when the data set is built. Without user data, itself in both.
    public func forMode(_ mode: AnalysisMode) -> Dataset {
        mode == .paper ? (paperView?.dataset ?? self) : self
    }

    /// The real-prevalence table every comparison with real prevalence uses, as the user named it.
    public var realPrevalenceName: String {
        userData.prevalence?.path ?? PrevalenceSource.real.relativePath
    }

    /// Models of a user's catalogue that are not the study's.
    public var userModels: [ModelInfo] { models.filter(\.isUserDefined) }

    /// The paper-mode view: user models, their logits and pairs left out, the study's catalogue and real table back.
    static func paperView(rootName: String, vocabulary: Vocabulary, models: [ModelInfo],
                          cooccurrence: [CooccurrenceKey: CooccurrenceTable], documentTotals: [Int?],
                          logitTables: [LogitTable], prevalence: [PrevalenceSource: PrevalenceTable],
                          filesRead: [String], problems: [DataProblem], userData: UserData) -> Dataset {
        let catalog = userData.studyCatalog ?? vocabulary.models
        let left = Set(models.filter(\.isUserDefined).map(\.id))
        let studyModels = models.filter { !left.contains($0.id) }.map {
            ModelInfo(id: $0.id, family: catalog.family(of: $0.id),
                      parametersMillions: catalog.parametersMillions[$0.id], source: $0.source)
        }
        var studyPrevalence = prevalence
        studyPrevalence[.real] = userData.prevalence == nil ? prevalence[.real] : userData.studyRealPrevalence
        var parts: [String] = []
        if !left.isEmpty { parts.append("\(left.count) catalogue model\(left.count == 1 ? "" : "s")") }
        if let own = userData.prevalence { parts.append("prevalence \(own.path)") }
        let omitted = parts.isEmpty ? "" : " (not " + parts.joined(separator: ", ") + ")"
        let note = "paper mode: the study's models and US table" + omitted
        return Dataset(rootName: rootName, vocabulary: vocabulary.replacingModels(catalog), models: studyModels,
                       cooccurrence: cooccurrence, documentTotals: documentTotals,
                       logitTables: logitTables.filter { !left.contains($0.model) }, prevalence: studyPrevalence,
                       filesRead: filesRead, problems: problems, userData: UserData(leftOutInPaperMode: note))
    }
}

extension Vocabulary {
    /// The same vocabulary with another model catalogue (a user's merged over the study's, or the study's back).
    public func replacingModels(_ catalog: ModelCatalog) -> Vocabulary {
        Vocabulary(diseases: diseases, models: catalog, templates: templates, diseaseLookup: diseaseLookup,
                   promptNames: promptNames)
    }
}
