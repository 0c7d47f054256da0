import ArgumentParser
import Analysis
import Data
import Foundation

/// `--data DIR`, else `BIASEXPLORER_DATA`, else the embedded subset; a user's `--catalog` and `--prevalence`.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "A Cross-Care checkout (default: $BIASEXPLORER_DATA, else the embedded subset).")
    var data: String?

    @Option(name: .long,
            help: ArgumentHelp("A model catalogue (JSON: models, alignment_pairs, prevalence) merged over the built-in one "
                               + "(default: biasexplorer.json at the data root, when present)."),
            completion: .file(extensions: ["json"]))
    var catalog: String?

    @Option(name: .long,
            help: ArgumentHelp("A real-prevalence table in the layout of cross_care_demo_real.csv, used for every "
                               + "comparison with real prevalence (correct mode)."),
            completion: .file(extensions: ["csv"]))
    var prevalence: String?

    /// The data root the options point at.
    func root() throws(DataRootError) -> DataRoot {
        try DataRoot.resolve(path: data, environment: ProcessInfo.processInfo.environment)
    }

    /// A user's catalogue and prevalence table.
    var loadOptions: LoadOptions { LoadOptions(catalogPath: catalog, prevalencePath: prevalence) }

    /// Loads the root; long loads show progress on stderr when it is a terminal.
    func load() throws -> Dataset {
        let root = try root()
        guard let (printer, handler) = LoadProgressPrinter.handler(label: sanitizedForTerminal(root.name)) else {
            return try DatasetLoader.load(root, options: loadOptions)
        }
        defer { printer.finish() }
        return try DatasetLoader.load(root, options: loadOptions, progress: handler)
    }

    /// Loads the root without its logits, which it catalogues (`DatasetLoader.loadCatalogue`), with `load()`'s
    /// progress.
    func loadCatalogue() throws -> (dataset: Dataset, logits: LogitCatalogue) {
        let root = try root()
        guard let (printer, handler) = LoadProgressPrinter.handler(label: sanitizedForTerminal(root.name)) else {
            return try DatasetLoader.loadCatalogue(root, options: loadOptions)
        }
        defer { printer.finish() }
        return try DatasetLoader.loadCatalogue(root, options: loadOptions, progress: handler)
    }
}
