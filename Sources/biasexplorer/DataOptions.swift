import ArgumentParser
import Analysis
import Data

/// `--data DIR`, else `BIASEXPLORER_DATA`, else the embedded subset. Placeholder: replaced by the data-layer work.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "A Cross-Care checkout (default: $BIASEXPLORER_DATA, else the embedded subset).")
    var data: String?

    func load() throws -> Dataset {
        throw ValidationError("loading is not implemented yet")
    }
}
