import ArgumentParser
import Analysis
import Data
import Foundation

/// `--data DIR`, else `BIASEXPLORER_DATA`, else the embedded subset.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "A Cross-Care checkout (default: $BIASEXPLORER_DATA, else the embedded subset).")
    var data: String?

    /// The data root the options point at.
    func root() throws(DataRootError) -> DataRoot {
        try DataRoot.resolve(path: data, environment: ProcessInfo.processInfo.environment)
    }

    /// Loads the root; long loads show progress on stderr when it is a terminal.
    func load() throws -> Dataset {
        let root = try root()
        guard let (printer, handler) = LoadProgressPrinter.handler(label: sanitizedForTerminal(root.name)) else {
            return try DatasetLoader.load(root)
        }
        defer { printer.finish() }
        return try DatasetLoader.load(root, progress: handler)
    }
}
