import Analysis
import Foundation

/// What `import-logits` asks for.
public struct LogitImportOptions: Sendable, Hashable {
    /// `org/name`; the files go to `<org>_<name>/` as upstream names model folders.
    public let model: String
    /// For a file without a `logit_type` (`context`) column (default hf, plain); with one, only rows of this value.
    public let logitType: LogitType?
    public let context: PromptContext?

    public init(model: String, logitType: LogitType? = nil, context: PromptContext? = nil) {
        self.model = model
        self.logitType = logitType
        self.context = context
    }
}

/// What an import wrote and what it could not place.
public struct LogitImportReport: Sendable {
    /// Root-relative paths of the files written, in writing order.
    public let files: [String]
    public let rowsPlaced: Int
    /// One per row not placed (file and line), in file order.
    public let problems: [DataProblem]
}

/// Why nothing was imported.
public enum LogitImportError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidModel(String)
    case rootMissing(path: String)
    case unreadable(path: String, reason: String)
    case noHeader(path: String)
    case missingColumns(path: String, columns: [String])
    case nothingPlaced(path: String)
    case wouldOverwrite(path: String)
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidModel(let model):
            return "--model '\(sanitizedForTerminal(model))' is not ORG/NAME (one '/', no '_' in ORG, no '..', no spaces)"
        case .rootMissing(let path): return "--into '\(sanitizedForTerminal(path))' is not an existing folder"
        case .unreadable(let path, let reason): return "cannot read '\(sanitizedForTerminal(path))': \(reason)"
        case .noHeader(let path): return "'\(sanitizedForTerminal(path))' is empty: no header"
        case .missingColumns(let path, let columns):
            return "'\(sanitizedForTerminal(path))' lacks the columns \(columns.joined(separator: ", "))"
        case .nothingPlaced(let path): return "no row of '\(sanitizedForTerminal(path))' could be placed; nothing written"
        case .wouldOverwrite(let path):
            return "refusing to overwrite '\(sanitizedForTerminal(path))'; nothing written"
        case .write(let path, let reason): return "cannot write '\(sanitizedForTerminal(path))': \(reason)"
        }
    }
}

/// `import-logits`: a tidy logits CSV into the upstream JSON files of a data root
/// (`logits_results/<type>/output_pile[/american_context]/<org>_<name>/logits_<group>_<lang>.json`), which the
/// loader then reads like the study's. Refuses to overwrite any file; writes nothing when one exists.
public enum LogitImport {
    public static func run(csv: URL, shownAs label: String, into root: URL,
                           options: LogitImportOptions) throws(LogitImportError) -> LogitImportReport {
        guard let folder = modelFolder(options.model) else { throw .invalidModel(options.model) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .rootMissing(path: root.path)
        }
        let bytes: [UInt8]
        switch FileReader.read(csv) {
        case .failure(let failure): throw .unreadable(path: label, reason: failure.reason)
        case .success(let read): bytes = read
        }
        let document = bytes.withUnsafeBufferPointer { CSVReader.read($0) }
        let (vocabulary, _) = VocabularyLoader.load()
        let translations = translationTable(root)
        let reader = TidyLogitReader(path: label, vocabulary: vocabulary, translations: translations,
                                     logitType: options.logitType, context: options.context)
        let read: (files: [ImportedLogits], rows: Int, problems: [DataProblem])
        do { read = try reader.read(document) } catch {
            switch error {
            case .noHeader: throw .noHeader(path: label)
            case .missingColumns(let columns): throw .missingColumns(path: label, columns: columns)
            }
        }
        guard !read.files.isEmpty else { throw .nothingPlaced(path: label) }
        let writer = LogitJSONWriter(vocabulary: vocabulary, translations: translations)
        let outputs = read.files.map { (relativePath(folder: folder, $0.configuration), writer.json($0)) }
        for (path, _) in outputs where FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
            throw .wouldOverwrite(path: path)
        }
        for (path, json) in outputs { try writeNew(json, to: root.appendingPathComponent(path), shownAs: path) }
        return LogitImportReport(files: outputs.map(\.0), rowsPlaced: read.rows,
                                 problems: read.problems + DatasetLoader.csvTextProblems(document, path: label))
    }

    /// `org/name` → `org_name`, or nil when the id would not read back as itself or could leave the root.
    static func modelFolder(_ model: String) -> String? {
        let parts = model.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[0].contains("_"),
              !model.contains(".."), !model.contains(where: { $0.isWhitespace || $0.isNewline || $0 == "\0" }),
              !parts[0].hasPrefix(".") else { return nil }
        return "\(parts[0])_\(parts[1])"
    }

    static func relativePath(folder: String, _ configuration: LogitConfiguration) -> String {
        "logits_results/\(configuration.logitType.rawValue)/output_pile/"
            + (configuration.context == .american ? "american_context/" : "")
            + "\(folder)/logits_\(configuration.group.rawValue)_\(configuration.language.rawValue).json"
    }

    /// The root's translation table, else the embedded one's (non-English keys are written as it names them).
    static func translationTable(_ root: URL) -> TranslationTable {
        for base in [root, DataRoot.embedded.url] {
            let url = base.appendingPathComponent(FileFamily.translationsPath)
            guard case .success(let bytes) = FileReader.read(url) else { continue }
            return bytes.withUnsafeBufferPointer { buffer in
                var document = CSVStream(buffer)
                return TranslationTable.parse(&document, path: FileFamily.translationsPath).0
            }
        }
        return TranslationTable()
    }

    /// Creates the folders and writes the file through a temporary, linked in place only if the name is still free.
    static func writeNew(_ bytes: [UInt8], to url: URL, shownAs path: String) throws(LogitImportError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .write(path: path, reason: TableWriter.reason(error))
        }
        let temporary = url.path + ".import-\(getpid())"
        do {
            try TableWriter.writeAtomically(bytes, to: temporary)
        } catch {
            throw .write(path: path, reason: error.description)
        }
        defer { unlink(temporary) }
        guard link(temporary, url.path) == 0 else {
            if errno == EEXIST { throw .wouldOverwrite(path: path) }
            throw .write(path: path, reason: TableWriter.errnoText())
        }
    }
}
