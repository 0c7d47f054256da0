import Analysis
import Foundation

/// The logits files of a data root, listed but not parsed (issue 21): which model, logit type, context, language
/// and group each holds, so that a caller parses one configuration's files when it first needs them
/// (`parse(_:parallel:)`) instead of every file before the first frame. A value: it holds paths and the disease
/// resolver, never parsed logits; the caller keeps what it parses (the explorer, in its query cache).
public struct LogitCatalogue: LogitSource {
    struct Entry: Sendable {
        let path: String
        let file: LogitFile

        /// The configurations the file holds: one, or both logit types for an API model's file.
        var configurations: [LogitConfiguration] {
            (file.logitType.map { [$0] } ?? LogitType.allCases).map {
                LogitConfiguration(logitType: $0, context: file.context, language: file.language, group: file.group)
            }
        }
    }

    let rootPath: String
    let resolver: DiseaseResolver
    /// Logits files in path order, by configuration.
    let entries: [LogitConfiguration: [Entry]]
    /// The models with a file, by configuration: listed once, as the explorer asks for them at every frame drawn
    /// while a configuration parses (`models(_:)`, for its head).
    let modelsByConfiguration: [LogitConfiguration: Set<String>]

    init(rootPath: String, resolver: DiseaseResolver, files: [Entry]) {
        self.rootPath = rootPath
        self.resolver = resolver
        var entries: [LogitConfiguration: [Entry]] = [:]
        for entry in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
            for configuration in entry.configurations { entries[configuration, default: []].append(entry) }
        }
        self.entries = entries
        modelsByConfiguration = entries.mapValues { Set($0.map(\.file.model)) }
    }

    /// Every configuration with at least one file.
    public var configurations: Set<LogitConfiguration> { Set(entries.keys) }

    /// How many files hold `configuration` (an API model's file counts under both logit types).
    public func fileCount(_ configuration: LogitConfiguration) -> Int { entries[configuration]?.count ?? 0 }

    /// The bytes of the files that hold `configuration`, as `stat` gives them now (the benchmark's MB/s).
    public func fileBytes(_ configuration: LogitConfiguration) -> Int {
        (entries[configuration] ?? []).reduce(0) { total, entry in
            var info = stat()
            return total + (stat(rootPath + "/" + entry.path, &info) == 0 ? Int(info.st_size) : 0)
        }
    }

    /// Logits files in the root (each once).
    public var fileCount: Int { Set(entries.values.joined().map(\.path)).count }

    /// Parses the files of one configuration on `parallel` (the caller's cores) and assembles them as a full load
    /// does: the same tables, values and problems (with file and place) as `DatasetLoader.load` gives for it, and
    /// the notes on its files (NaN counts, placeholder zeros, keys matched by position, counted in these files).
    /// `fileDone` is called from the workers after each file.
    public func parse(_ configuration: LogitConfiguration, parallel: ParallelMap,
                      fileDone: (@Sendable () -> Void)? = nil) -> ConfigurationLogits {
        parse(configuration, files: entries[configuration] ?? [], parallel: parallel, fileDone: fileDone)
    }

    /// The ids of the models with a file holding `configuration`.
    public func models(_ configuration: LogitConfiguration) -> Set<String>? {
        modelsByConfiguration[configuration] ?? []
    }

    /// A head (`LogitHead`): the files of `models` alone, assembled as `parse(_:parallel:fileDone:)` assembles the
    /// whole configuration, so each model's table is the same (a table is made from its model's files only); the
    /// problems and notes are those of these files.
    public func parse(_ configuration: LogitConfiguration, models: Set<String>,
                      parallel: ParallelMap) -> ConfigurationLogits? {
        parse(configuration, files: (entries[configuration] ?? []).filter { models.contains($0.file.model) },
              parallel: parallel, fileDone: nil)
    }

    private func parse(_ configuration: LogitConfiguration, files: [Entry], parallel: ParallelMap,
                       fileDone: (@Sendable () -> Void)?) -> ConfigurationLogits {
        let rootPath = self.rootPath, resolver = self.resolver
        let outcomes = FileJob.runAll(files.map { FileJob(path: $0.path, family: .logits($0.file)) },
                                      rootPath: rootPath, resolver: resolver, parallel: parallel, fileDone: fileDone)
        var assembly = DatasetAssembly(vocabulary: resolver.vocabulary)
        for outcome in outcomes { assembly.add(outcome) }  // `parallel` keeps input (path) order
        let tables = assembly.logitTables.values.filter { $0.configuration == configuration }
            .sorted { $0.model.utf8.lexicographicallyPrecedes($1.model.utf8) }
        return ConfigurationLogits(configuration: configuration, tables: tables,
                                   problems: assembly.problems + KnownQuirks.logitNotes(assembly),
                                   filesRead: files.count)
    }
}

extension LogitCatalogue {
    /// The logit tables of several configurations, each file parsed once (an API model's file serves both logit
    /// types), on `parallel`: what `parse(_:parallel:)` of each configuration gives, without its problems (the
    /// streamed `tables`, which reports none; `check` reports them).
    public func tables(_ configurations: [LogitConfiguration], parallel: ParallelMap) -> [LogitTable] {
        let wanted = Set(configurations)
        var seen = Set<String>()
        let files = configurations.flatMap { entries[$0] ?? [] }.filter { seen.insert($0.path).inserted }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let rootPath = self.rootPath, resolver = self.resolver
        let outcomes = FileJob.runAll(files.map { FileJob(path: $0.path, family: .logits($0.file)) },
                                      rootPath: rootPath, resolver: resolver, parallel: parallel)
        var assembly = DatasetAssembly(vocabulary: resolver.vocabulary)
        for outcome in outcomes { assembly.add(outcome) }
        return assembly.logitTables.values.filter { wanted.contains($0.configuration) }
    }

    /// The memory one configuration's logits take once parsed, from its file count: 8 bytes a logit (diseases
    /// × demographics × 20 templates a file).
    public func estimatedBytes(_ configuration: LogitConfiguration) -> Int {
        fileCount(configuration) * resolver.vocabulary.diseases.count * configuration.group.demographics.count
            * LogitTable.templateCount * MemoryLayout<Double>.stride
    }

    /// The catalogued configurations in enumeration order, cut into runs whose estimated logits stay within
    /// `budget` bytes (a configuration over it forms a run of its own); one empty run when there are none, so that
    /// a caller still computes what needs no logits.
    public func chunks(budget: Int) -> [[LogitConfiguration]] {
        var runs: [[LogitConfiguration]] = [], run: [LogitConfiguration] = [], bytes = 0
        for configuration in LogitConfiguration.enumerationOrder where entries[configuration] != nil {
            let size = estimatedBytes(configuration)
            if !run.isEmpty, bytes + size > budget {
                runs.append(run)
                run = []
                bytes = 0
            }
            run.append(configuration)
            bytes += size
        }
        return runs + (run.isEmpty && !runs.isEmpty ? [] : [run])
    }

    /// One configuration's logits through `queries`: kept by its cache, else parsed on its parallel map.
    public func logits(_ configuration: LogitConfiguration, queries: Queries) -> ConfigurationLogits {
        queries.answer(LogitsQuery(configuration)) { parse(configuration, parallel: queries.parallel) }
    }
}
