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

    func load() throws -> Dataset {
        try DatasetLoader.load(root())
    }
}
