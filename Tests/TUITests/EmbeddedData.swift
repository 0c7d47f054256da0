import Analysis
import Data

/// The embedded data set, loaded once per test process (debug loading is slow; `let` statics are initialised once
/// and thread-safely). A value: tests share it and each makes its own query cache.
enum EmbeddedData {
    static let dataset: Dataset? = try? DatasetLoader.load(.embedded)
}
