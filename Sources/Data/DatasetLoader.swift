import Analysis
import Foundation

/// Everything a load produced: the dataset, and the files of the root that no analysis reads.
public struct LoadReport: Sendable {
    public let dataset: Dataset
    /// Root-relative path → why it is not used, sorted by path.
    public let filesNotUsed: [(path: String, reason: String)]
    /// The logit tables' summaries when the dataset holds none (`DatasetLoader.loadInventory`), load order.
    let logitSummaries: [LogitTableSummary]?

    init(dataset: Dataset, filesNotUsed: [(path: String, reason: String)], logitSummaries: [LogitTableSummary]? = nil) {
        self.dataset = dataset
        self.filesNotUsed = filesNotUsed
        self.logitSummaries = logitSummaries
    }

    /// What `check` reports of each logit table, in load order: kept by `loadInventory`, else from the dataset.
    public var logitTableSummaries: [LogitTableSummary] {
        logitSummaries ?? dataset.logitTables.map(LogitTableSummary.init)
    }
}

/// Reads a data root into a `Dataset`: lists the root, reads the translation table, then parses every input file
/// on all cores and assembles the results in path order. A problem with one file never stops the others.
public enum DatasetLoader {
    /// `progress` (nil: none) is called from the parsing workers after each file, with files done and files in all.
    /// `options`: a user's catalogue and prevalence table (`LoadOptions`); by default the root's
    /// `biasexplorer.json` when it has one.
    public static func load(_ root: DataRoot, options: LoadOptions = LoadOptions(),
                            progress: LoadProgressHandler? = nil) throws(DataRootError) -> Dataset {
        try loadReport(root, options: options, progress: progress).dataset
    }

    public static func loadReport(_ root: DataRoot, options: LoadOptions = LoadOptions(),
                                  progress: LoadProgressHandler? = nil) throws(DataRootError) -> LoadReport {
        try loadReport(root, options: options, progress: progress, afterListing: nil)
    }

    /// `check`'s load (issue 21): parses every file as `loadReport` does, with the same problems, files and
    /// models, but keeps of each logit table only its summary (`LoadReport.logitTableSummaries`), so that memory
    /// does not grow with the root: files are parsed `batch` at a time in path order and their logits dropped.
    /// The dataset holds no logit table.
    public static func loadInventory(_ root: DataRoot, options: LoadOptions = LoadOptions(),
                                     progress: LoadProgressHandler? = nil,
                                     batch: Int = 256) throws(DataRootError) -> LoadReport {
        try loadReport(root, options: options, progress: progress, afterListing: nil, summarisingLogits: batch)
    }

    /// Lists the root and parses everything except the logits files, which it catalogues (issue 21): the dataset
    /// has every model that has a logits file but no logit table; `LogitCatalogue.parse` reads a configuration's
    /// logits when a view needs them. The problems of the logits files are found then, not here.
    public static func loadCatalogue(_ root: DataRoot, options: LoadOptions = LoadOptions(),
                                     progress: LoadProgressHandler? = nil)
        throws(DataRootError) -> (dataset: Dataset, logits: LogitCatalogue) {
        var catalogue: LogitCatalogue?
        let report = try loadReport(root, options: options, progress: progress, afterListing: nil,
                                    deferringLogits: { catalogue = $0 })
        return (report.dataset, catalogue ?? LogitCatalogue(rootPath: root.url.path, resolver: DiseaseResolver(
            vocabulary: report.dataset.vocabulary, translations: TranslationTable()), files: []))
    }

    /// Everything but `logits_results`, which is not even listed (issue 21): what the explorer's opening screen
    /// needs (window variation reads counts only), in a time that does not grow with the number of models. The
    /// dataset has no models and no logits, and its problems are those of the files read; `loadCatalogue` gives the
    /// whole picture afterwards.
    public static func loadWithoutLogits(_ root: DataRoot, options: LoadOptions = LoadOptions())
        throws(DataRootError) -> Dataset {
        try loadReport(root, options: options, progress: nil, afterListing: nil, deferringLogits: { _ in },
                       skipping: [logitsFolder]).dataset
    }

    static let logitsFolder = "logits_results"

    /// `afterListing` (tests only) runs between listing the root and reading its files, so that a test can make a
    /// listed file vanish deterministically.
    static func loadReport(_ root: DataRoot, options: LoadOptions = LoadOptions(), progress: LoadProgressHandler?,
                           afterListing: ((RootListing) -> Void)?,
                           deferringLogits: ((LogitCatalogue) -> Void)? = nil,
                           skipping: Set<String> = [],
                           summarisingLogits batch: Int? = nil) throws(DataRootError) -> LoadReport {
        try DataRoot.validate(root.url, shownAs: root.name == "embedded" ? "embedded data" : root.url.path)
        let (studyVocabulary, vocabularyProblems) = VocabularyLoader.load()
        let user = UserFiles.read(options, root: root.url, vocabulary: studyVocabulary)
        let vocabulary = user.catalog.map { studyVocabulary.replacingModels(studyVocabulary.models.merging($0)) }
            ?? studyVocabulary
        let listing = DataRootScanner.list(root.url, skipping: skipping)
        afterListing?(listing)
        var problems = vocabularyProblems + listing.problems
        var notUsed: [(path: String, reason: String)] = []
        var jobs: [FileJob] = []
        var catalogued: [LogitCatalogue.Entry] = []
        var translations = TranslationTable()
        for file in listing.files where file.path != LoadOptions.rootCatalogName {
            switch FileFamily.classify(file.path) {
            case .notUsed(let reason): notUsed.append((file.path, reason))
            case .unrecognisedLogits:
                problems.append(DataProblem(.warning, path: file.path,
                                            reason: "not named like a logits file of the Cross-Care layout; not read"))
            case .translations:
                let (table, tableProblems) = readTranslations(root.url, path: file.path)
                translations = table
                problems += tableProblems
                jobs.append(FileJob(path: file.path, family: .translations))
            case .logits(let logitFile) where deferringLogits != nil:
                catalogued.append(LogitCatalogue.Entry(path: file.path, file: logitFile))
            case let family:
                jobs.append(FileJob(path: file.path, family: family))
            }
        }
        let resolver = DiseaseResolver(vocabulary: vocabulary, translations: translations)
        // Workers take files one at a time in listing order; ~1,200 files of similar size balance without a
        // size-ordered schedule (which cost a `stat` per file).
        let rootPath = root.url.path
        let counter = progress.map { LoadProgressCounter(total: jobs.count, handler: $0) }
        var assembly = DatasetAssembly(vocabulary: vocabulary)
        assembly.keepsLogitValues = batch == nil
        // In path order, `batch` files at a time (all at once unless summarising): each batch's outcomes are
        // assembled, and with summaries their logits dropped, before the next is parsed.
        let ordered = jobs.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for start in stride(from: 0, to: ordered.count, by: max(1, batch ?? ordered.count)) {
            let slice = Array(ordered[start..<min(ordered.count, start + max(1, batch ?? ordered.count))])
            var fileDone: (@Sendable () -> Void)?
            if let counter { fileDone = { counter.fileDone() } }
            let outcomes = FileJob.runAll(slice, rootPath: rootPath, resolver: resolver, parallel: .concurrent,
                                          fileDone: fileDone)
            for outcome in outcomes { assembly.add(outcome) }
        }
        for entry in catalogued { assembly.catalogue(entry.file) }
        deferringLogits?(LogitCatalogue(rootPath: rootPath, resolver: resolver, files: catalogued))
        problems += assembly.problems
        problems += KnownQuirks.notes(assembly: assembly, listing: listing, notUsed: notUsed)
        problems += user.problems + user.logitProblems(modelsWithLogits: Set(assembly.modelSources.keys))
        var prevalence = assembly.prevalence
        let userData = UserData(catalog: user.catalog, prevalence: user.prevalence,
                                studyCatalog: studyVocabulary.models, studyRealPrevalence: prevalence[.real])
        if let own = user.prevalence { prevalence[.real] = own.table }
        if listing.topFolders.contains(logitsFolder), assembly.logitTables.isEmpty, assembly.logitSummaries.isEmpty,
           catalogued.isEmpty {
            problems.append(DataProblem(.error, path: "logits_results",
                                        reason: "folder holds no readable logits file; no model can be analysed"))
        }
        problems = ProblemGrouping.grouped(problems)
        let dataset = Dataset(rootName: root.name, vocabulary: vocabulary, models: assembly.modelInfos(),
                              cooccurrence: assembly.cooccurrence, documentTotals: assembly.documentTotals,
                              logitTables: assembly.sortedLogitTables(), prevalence: prevalence,
                              filesRead: assembly.filesRead, problems: problems, userData: userData)
        return LoadReport(dataset: dataset, filesNotUsed: notUsed,
                          logitSummaries: batch == nil ? nil : assembly.sortedLogitSummaries())
    }

    private static func readTranslations(_ root: URL, path: String) -> (TranslationTable, [DataProblem]) {
        switch FileReader.read(root.appendingPathComponent(path)) {
        case .failure(let failure): return (TranslationTable(), [DataProblem(.error, path: path, reason: failure.reason)])
        case .success(let bytes):
            return bytes.withUnsafeBufferPointer { buffer in
                var document = CSVStream(buffer)
                var (table, problems) = TranslationTable.parse(&document, path: path)
                document.drain()
                problems += csvTextProblems(document, path: path)
                return (table, problems)
            }
        }
    }

    static func csvTextProblems(_ document: CSVDocument, path: String) -> [DataProblem] {
        csvTextProblems(invalidUTF8Line: document.firstInvalidUTF8Line,
                        unterminatedQuoteLine: document.unterminatedQuoteLine, path: path)
    }

    /// Call after `drain()`, so that the whole text was seen.
    static func csvTextProblems(_ document: CSVStream, path: String) -> [DataProblem] {
        csvTextProblems(invalidUTF8Line: document.firstInvalidUTF8Line,
                        unterminatedQuoteLine: document.unterminatedQuoteLine, path: path)
    }

    static func csvTextProblems(invalidUTF8Line: Int?, unterminatedQuoteLine: Int?, path: String) -> [DataProblem] {
        var problems: [DataProblem] = []
        if let line = invalidUTF8Line {
            problems.append(DataProblem(.error, path: path, place: "line \(line)",
                                        reason: "invalid UTF-8 (shown with U+FFFD)"))
        }
        if let line = unterminatedQuoteLine {
            problems.append(DataProblem(.error, path: path, place: "line \(line)",
                                        reason: "quoted field not closed before the end of the file (truncated)"))
        }
        return problems
    }
}
