import Analysis
import ArgumentParser
import Data
import Foundation

/// `biasexplorer tables --out DIR [--mode correct|paper] [--force] [--data DIR]`: writes every contract table, then
/// the folder's data dictionary (`schema.json`, `README.md`) and `provenance.json`.
struct TablesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "Write the analysis tables (tidy CSV) into a folder.",
        discussion: "Refuses a non-empty folder unless --force is given; each file is written whole or not at all."
    )

    @Option(name: .long, help: "Output folder (created if missing; its parent must exist).")
    var out: String

    @Option(name: .long, help: "correct (bugs fixed, default) or paper (the published numbers).",
            transform: TablesCommand.parseMode)
    var mode: AnalysisMode = .correct

    @Flag(name: .long, help: "Write into a non-empty folder, replacing tables of the same names.")
    var force = false

    @OptionGroup var uncertainty: UncertaintyOptions

    /// The chunk budget in MB (tests: a small one computes the study's root a configuration at a time).
    @Option(name: .long, help: .hidden)
    var logitBudgetMegabytes: Int?

    @OptionGroup var dataOptions: DataOptions

    /// Logits parsed at a time (estimated, `LogitCatalogue.chunks`): the study's root (~80 MB) is one chunk, so it
    /// is parsed once and computed as a whole; a root of hundreds of models is computed a few configurations at a
    /// time, so that `tables`' memory does not grow with the root (issue 21: ≤ 1 GB at 50×).
    static let logitBudget = 192 << 20

    func run() throws {
        // TableWriterError's description names the path and the reason; ArgumentParser prints it, exit code 1.
        let writer = TableWriter(folder: URL(fileURLWithPath: out), force: force)
        try writer.validateFolder()
        let root = try dataOptions.root()
        let (dataset, catalogue) = try dataOptions.loadCatalogue()
        try writer.prepare()
        let stale = writer.removeStaleTemporaries()
        if !stale.isEmpty {
            FileHandle.standardError.write(Data(("tables: removed \(stale.count) temporary file"
                + (stale.count == 1 ? "" : "s") + " left by an interrupted run: "
                + sanitizedForTerminal(stale.prefix(3).joined(separator: ", ") + (stale.count > 3 ? ", …" : ""))
                + "\n").utf8))
        }
        let files = StreamedTableWriter(writer)
        let settings = try uncertainty.settings()
        do {
            try Self.computeTables(dataset, catalogue, settings: settings, mode: mode,
                                   budget: logitBudgetMegabytes.map { max(0, $0) << 20 } ?? Self.logitBudget,
                                   into: files)
        } catch {
            files.abandon()
            throw error
        }
        let (written, dictionary) = try files.finish()
        try writer.write(text: dictionary.schemaJSON, name: DataDictionary.schemaName)
        try writer.write(text: dictionary.readme(mode: mode), name: DataDictionary.readmeName)
        let provenance = Provenance(version: BuildInfo.version, commit: BuildInfo.commit, dataRoot: root.url.path,
                                    mode: mode, settings: settings,
                                    prevalenceTable: dataset.forMode(mode).realPrevalenceName,
                                    date: ISO8601DateFormatter().string(from: Date()))
        try writer.write(text: provenance.json, name: Provenance.fileName)
        print("\(written) tables, mode \(mode.rawValue); \(DataDictionary.schemaName), \(DataDictionary.readmeName), "
              + Provenance.fileName)
        if mode == .paper, let note = dataset.forMode(.paper).userData.leftOutInPaperMode {
            print(sanitizedForTerminal(note))
        } else if let own = dataset.userData.prevalence {
            print("real prevalence: \(sanitizedForTerminal(own.path)) (column prevalence_table of the tables that use it)")
        }
    }

    /// Every table, chunk by chunk of configurations (`ChunkedTables`): each chunk's logits parsed on both cores,
    /// its tables computed and handed to the writer, its logits dropped.
    static func computeTables(_ dataset: Dataset, _ catalogue: LogitCatalogue, settings: UncertaintySettings,
                              mode: AnalysisMode, budget: Int = logitBudget, into files: StreamedTableWriter) throws {
        var tables = ChunkedTables(dataset, configurations: catalogue.configurations, settings: settings,
                                   writing: mode)
        let progress = LoadProgressPrinter.tablesPrinter(label: sanitizedForTerminal(dataset.rootName))
        defer { progress?.finish() }
        var done = 0
        for chunk in catalogue.chunks(budget: budget) {
            let logits = dataset.replacingLogits(catalogue.tables(chunk, parallel: .concurrent))
            try tables.add(logits, chunk: chunk, parallel: .concurrent) { try files.enqueue($0) }
            done += chunk.count
            progress?.update(configurationsDone: done, of: catalogue.configurations.count)
        }
        try tables.finish(dataset, parallel: .concurrent) { try files.enqueue($0) }
    }

    static func parseMode(_ text: String) throws -> AnalysisMode {
        guard let mode = AnalysisMode(rawValue: text.lowercased()) else {
            throw ValidationError("--mode must be 'correct' or 'paper', not '\(sanitizedForTerminal(text))'")
        }
        return mode
    }
}
