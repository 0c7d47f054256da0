import Analysis
import ArgumentParser
import Data
import Foundation

/// `biasexplorer import-logits FILE.csv --model ORG/NAME --into ROOT`: tidy logits into the upstream JSON layout.
struct ImportLogitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-logits",
        abstract: "Write a model's logits from a tidy CSV into a data root, in the upstream JSON layout.",
        discussion: """
            Columns: group, language, disease, demographic, template, logit (and optionally logit_type, context, as \
            export-logits writes them). Disease and demographic names in any language the vocabulary knows; NaN or \
            empty for a missing logit. Never overwrites a file. Every row that cannot be placed is listed on stderr \
            (exit 1); the others are written.
            """)

    @Argument(help: "The tidy CSV file.") var file: String
    @Option(help: "The model's id, ORG/NAME (its folder is ORG_NAME).") var model: String
    @Option(help: "The data root to write into (must exist).") var into: String
    @Option(help: "hf or hf_tf (default hf; with a logit_type column, only its rows of this type).",
            transform: { text in
                guard let type = LogitType(rawValue: text) else { throw ValidationError("--logit-type: hf or hf_tf") }
                return type
            })
    var logitType: LogitType?
    @Option(help: "plain or american (default plain; with a context column, only its rows of this context).",
            transform: { text in
                guard let context = PromptContext(rawValue: text) else {
                    throw ValidationError("--context: plain or american")
                }
                return context
            })
    var context: PromptContext?

    func run() throws {
        let report: LogitImportReport
        do {
            report = try LogitImport.run(csv: URL(fileURLWithPath: file), shownAs: file, into: URL(fileURLWithPath: into),
                                         options: LogitImportOptions(model: model, logitType: logitType, context: context))
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        for path in report.files { print("wrote \(sanitizedForTerminal(into))/\(sanitizedForTerminal(path))") }
        print("\(report.rowsPlaced) logits in \(report.files.count) files for \(sanitizedForTerminal(model)); "
              + "\(report.problems.count) rows not placed")
        for problem in report.problems {
            FileHandle.standardError.write(Data("\(sanitizedForTerminal(problem.description))\n".utf8))
        }
        if !report.problems.isEmpty { throw ExitCode(1) }
    }
}

/// `biasexplorer export-logits --model M --out FILE.csv`: every logit of a model in the tidy layout.
struct ExportLogitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-logits",
        abstract: "Write every logit of a model (all its configurations) as a tidy CSV that import-logits reads.")

    @Option(help: "The model's id as check lists it.") var model: String
    @Option(help: "The CSV file to write.") var out: String
    @Flag(help: "Replace the file if it exists.") var force = false
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dataset = try dataOptions.load()
        do {
            let table = try LogitExport.write(dataset, model: model, to: out, force: force)
            print("wrote \(sanitizedForTerminal(out)) (\(table.rowCount) logits)")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
