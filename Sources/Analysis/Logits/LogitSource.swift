/// Where a caller gets a configuration's logits when it first needs them (issue 21): Data's `LogitCatalogue`, the
/// files of a data root listed but not parsed. Reading the files is the source's business (file I/O lives in Data);
/// the caller lends the cores (`parallel`) and hears of every file read (`fileDone`, called from the workers), so
/// that it can show progress. Parsing a configuration twice gives the same answer.
public protocol LogitSource: Sendable {
    /// Every configuration with at least one file.
    var configurations: Set<LogitConfiguration> { get }
    /// How many files hold `configuration` (what parsing it reads).
    func fileCount(_ configuration: LogitConfiguration) -> Int
    /// The configuration's tables and the problems of its files.
    func parse(_ configuration: LogitConfiguration, parallel: ParallelMap,
               fileDone: (@Sendable () -> Void)?) -> ConfigurationLogits
}
