import Analysis
import Foundation

/// One input file to parse.
struct FileJob: Sendable {
    let path: String
    let family: FileFamily
}

/// What parsing one file gave.
enum FileResult: Sendable {
    case counts(CooccurrenceKey, CountsFileContent)
    case documentTotals([Int?], [DataProblem])
    case prevalence(PrevalenceTable, [DataProblem])
    case logits(LogitFile, LogitFileContent)
    /// Read before the others (the translation table); its problems are already recorded.
    case alreadyRead
    case unreadable(DataProblem)
}

struct FileOutcome: Sendable {
    let path: String
    let result: FileResult
}

extension FileJob {
    func run(rootPath: String, resolver: DiseaseResolver) -> FileResult {
        if case .translations = family { return .alreadyRead }
        switch FileReader.read(path: rootPath.hasSuffix("/") ? rootPath + path : rootPath + "/" + path) {
        case .failure(let failure): return .unreadable(DataProblem(.error, path: path, reason: failure.reason))
        case .success(let bytes):
            return bytes.withUnsafeBufferPointer { parse($0, resolver: resolver) }
        }
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, resolver: DiseaseResolver) -> FileResult {
        let vocabulary = resolver.vocabulary
        switch family {
        case .logits(let file):
            return .logits(file, LogitFileParser.parse(bytes, path: path, file: file, resolver: resolver))
        case .counts(let key):
            var document = CSVStream(bytes)
            var content = CountsFileParser.parse(&document, path: path, key: key, vocabulary: vocabulary)
            document.drain()
            content.problems += DatasetLoader.csvTextProblems(document, path: path)
            return .counts(key, content)
        case .prevalence(let source):
            var document = CSVStream(bytes)
            let (table, problems) = PrevalenceParser.parse(&document, source: source, path: path, vocabulary: vocabulary)
            return .prevalence(table, problems + DatasetLoader.csvTextProblems(document, path: path))
        case .documentTotals:
            guard bytes.contains(where: { $0 > 0x20 }) else {
                return .unreadable(DataProblem(.error, path: path, reason: "empty file"))
            }
            return DocumentTotalsParser.parse(bytes, path: path, vocabulary: vocabulary)
        case .translations, .notUsed, .unrecognisedLogits:
            return .alreadyRead
        }
    }
}
