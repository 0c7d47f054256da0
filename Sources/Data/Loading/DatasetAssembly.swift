import Analysis

/// Gathers per-file results, in path order, into the parts of a `Dataset`.
struct DatasetAssembly {
    let vocabulary: Vocabulary
    var cooccurrence: [CooccurrenceKey: CooccurrenceTable] = [:]
    var documentTotals: [Int?]
    var prevalence: [PrevalenceSource: PrevalenceTable] = [:]
    var logitTables: [LogitTableKey: LogitTable] = [:]
    var modelSources: [String: ModelSource] = [:]
    /// Tables listed but not parsed (`catalogue`).
    var cataloguedTables: Set<LogitTableKey> = []
    var filesRead: [String] = []
    var problems: [DataProblem] = []
    /// Per logits file: (file, NaN count, literal-zero count, value count).
    var logitStatistics: [(path: String, file: LogitFile, nans: Int, zeros: Int, values: Int)] = []
    /// Keys matched through the prompt-list fallback: language → key → (disease, files).
    var fallbackKeys: [Language: [String: (disease: DiseaseID, files: Int)]] = [:]

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        self.documentTotals = [Int?](repeating: nil, count: vocabulary.diseases.count)
    }

    mutating func add(_ outcome: FileOutcome) {
        switch outcome.result {
        case .unreadable(let problem): problems.append(problem); return
        case .alreadyRead: break
        case .counts(let key, let content):
            if content.usable { cooccurrence[key] = content.table }
            problems += content.problems
        case .documentTotals(let totals, let totalProblems):
            documentTotals = totals
            problems += totalProblems
        case .prevalence(let table, let tableProblems):
            prevalence[table.source] = table
            problems += tableProblems
        case .logits(let file, let content):
            addLogits(file, content, path: outcome.path)
        }
        filesRead.append(outcome.path)
    }

    private mutating func addLogits(_ file: LogitFile, _ content: LogitFileContent, path: String) {
        problems += content.problems.finished(path: path)
        guard content.usable else { return }
        logitStatistics.append((path, file, content.nanCount, content.zeroCount, content.values.count))
        for (key, disease) in content.fallbackKeys {
            let previous = fallbackKeys[file.language]?[key]?.files ?? 0
            fallbackKeys[file.language, default: [:]][key] = (disease, previous + 1)
        }
        modelSources[file.model] = file.source
        let types = file.logitType.map { [$0] } ?? LogitType.allCases
        for logitType in types {
            let configuration = LogitConfiguration(logitType: logitType, context: file.context,
                                                   language: file.language, group: file.group)
            let key = LogitTableKey(model: file.model, configuration: configuration)
            if logitTables[key] != nil {
                problems.append(DataProblem(.warning, path: path,
                                            reason: "a second file for \(file.model) \(configuration); the first is kept"))
                continue
            }
            logitTables[key] = LogitTable(model: file.model, configuration: configuration, source: file.source,
                                          diseaseCount: vocabulary.diseases.count, values: content.values,
                                          diseasePresent: content.diseasePresent)
        }
    }

    /// A logits file listed but not parsed (`DatasetLoader.loadCatalogue`): its model is known, its logits not yet.
    mutating func catalogue(_ file: LogitFile) {
        if modelSources[file.model] == nil { modelSources[file.model] = file.source }
        for logitType in file.logitType.map({ [$0] }) ?? LogitType.allCases {
            cataloguedTables.insert(LogitTableKey(model: file.model, configuration: LogitConfiguration(
                logitType: logitType, context: file.context, language: file.language, group: file.group)))
        }
    }

    /// The tables a load has or, for a catalogue load, will have once parsed (the notes on which models have
    /// which configurations read them).
    var tableKeys: Set<LogitTableKey> { cataloguedTables.union(logitTables.keys) }

    /// Models with logits: by family (catalog family order, a user's new families after the study's), then
    /// catalog group position, then id. A user's catalogue entry gives family, size, name and corpus.
    func modelInfos() -> [ModelInfo] {
        let catalog = vocabulary.models
        let families = catalog.familyOrder
        var position: [String: Int] = [:]
        for model in catalog.groups.flatMap(\.models) where position[model] == nil { position[model] = position.count }
        let infos = modelSources.map { id, source in
            let entry = catalog.userModel(id)
            return ModelInfo(id: id, family: catalog.family(of: id), parametersMillions: catalog.parametersMillions[id],
                             source: source, displayName: entry?.displayName, pretrainingCorpus: entry?.pretrainingCorpus,
                             isUserDefined: catalog.newModelIDs.contains(id))
        }
        return infos.sorted { lhs, rhs in
            let left = (families.firstIndex(of: lhs.family) ?? families.count, position[lhs.id] ?? Int.max)
            let right = (families.firstIndex(of: rhs.family) ?? families.count, position[rhs.id] ?? Int.max)
            if left != right { return left < right }
            return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
        }
    }

    /// Logit tables in model order, then logit type, context, language, group (`LogitTable.inLoadOrder`).
    func sortedLogitTables() -> [LogitTable] {
        let order = Dictionary(uniqueKeysWithValues: modelInfos().enumerated().map { ($1.id, $0) })
        return LogitTable.inLoadOrder(logitTables.values, modelOrder: order)
    }
}

struct LogitTableKey: Hashable, Sendable {
    let model: String
    let configuration: LogitConfiguration
}
