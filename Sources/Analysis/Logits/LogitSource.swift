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
    /// The ids of the models with a file holding `configuration`; nil when the source cannot tell without parsing
    /// (it then parses no head).
    func models(_ configuration: LogitConfiguration) -> Set<String>?
    /// A head of the configuration (`LogitHead`): the tables of `models` only, read from their files alone, each
    /// table the one `parse(_:parallel:fileDone:)` gives for that model; nil when the source cannot read a subset.
    func parse(_ configuration: LogitConfiguration, models: Set<String>, parallel: ParallelMap) -> ConfigurationLogits?
}

extension LogitSource {
    public func models(_ configuration: LogitConfiguration) -> Set<String>? { nil }
    public func parse(_ configuration: LogitConfiguration, models: Set<String>,
                      parallel: ParallelMap) -> ConfigurationLogits? { nil }
}
