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

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        // TableWriterError's description names the path and the reason; ArgumentParser prints it, exit code 1.
        let writer = TableWriter(folder: URL(fileURLWithPath: out), force: force)
        try writer.validateFolder()
        let root = try dataOptions.root()
        let dataset = try dataOptions.load()
        try writer.prepare()
        let files = OverlappedTableWriter(writer)
        let settings = try uncertainty.settings()
        let comparison = try AnalysisTables.forEachTable(dataset, settings: settings, resamplingOnly: mode,
                                                         parallel: .concurrent) { paper, correct in
            try files.enqueue(mode == .paper ? paper : correct)
        }
        for table in AnalysisTables.modeOnly(dataset, mode: mode, parallel: .concurrent) { try files.enqueue(table) }
        try files.enqueue(comparison)
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

    static func parseMode(_ text: String) throws -> AnalysisMode {
        guard let mode = AnalysisMode(rawValue: text.lowercased()) else {
            throw ValidationError("--mode must be 'correct' or 'paper', not '\(sanitizedForTerminal(text))'")
        }
        return mode
    }
}
