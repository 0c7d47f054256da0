import Analysis
import Foundation

/// `export-logits`: writes `TidyLogits.table` of a model to one CSV file, whole or not at all.
public enum LogitExport {
    /// Why nothing was exported.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case unknownModel(String)
        case exists(path: String)
        case write(path: String, reason: String)

        public var description: String {
            switch self {
            case .unknownModel(let model): return "no logits for model '\(sanitizedForTerminal(model))' in the data"
            case .exists(let path): return "'\(sanitizedForTerminal(path))' exists; give --force to replace it"
            case .write(let path, let reason): return "cannot write '\(sanitizedForTerminal(path))': \(reason)"
            }
        }
    }

    /// Writes the model's tidy logits to `path`; returns the table written.
    @discardableResult
    public static func write(_ dataset: Dataset, model: String, to path: String,
                             force: Bool) throws(Failure) -> TypedTable {
        let table = TidyLogits.table(dataset, model: model, name: (path as NSString).lastPathComponent)
        guard table.rowCount > 0 else { throw .unknownModel(model) }
        guard force || !FileManager.default.fileExists(atPath: path) else { throw .exists(path: path) }
        do {
            try TableWriter.writeAtomically(CSVEncoder.bytes(table), to: path)
        } catch {
            throw .write(path: path, reason: error.description)
        }
        return table
    }
}
