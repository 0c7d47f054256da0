import Analysis
import Foundation

/// A user's catalogue and prevalence table as read for one load, with every problem met reading them.
struct UserFiles {
    var catalog: UserCatalog?
    var prevalence: UserPrevalence?
    var problems: [DataProblem] = []
    /// Position in the file of each catalogue pair (for problems found after loading).
    var pairIndices: [Int] = []

    /// `--catalog` (relative to the working folder) or the root's `biasexplorer.json`; `--prevalence`, else the
    /// catalogue's `prevalence` key (relative to the catalogue's folder).
    static func read(_ options: LoadOptions, root: URL, vocabulary: Vocabulary) -> UserFiles {
        var files = UserFiles()
        var catalogFolder: (url: URL, label: String)?
        if let path = options.catalogPath {
            let url = URL(fileURLWithPath: path)
            files.readCatalog(url, label: path, studyPairs: vocabulary.models.alignmentPairs)
            catalogFolder = (url.deletingLastPathComponent(), (path as NSString).deletingLastPathComponent)
        } else {
            let url = root.appendingPathComponent(LoadOptions.rootCatalogName)
            if FileManager.default.fileExists(atPath: url.path) {
                files.readCatalog(url, label: LoadOptions.rootCatalogName, studyPairs: vocabulary.models.alignmentPairs)
                catalogFolder = (root, "")
            }
        }
        if let path = options.prevalencePath {
            files.readPrevalence(URL(fileURLWithPath: path), label: path, vocabulary: vocabulary)
        } else if let name = files.catalog?.prevalencePath, let folder = catalogFolder {
            let absolute = name.hasPrefix("/")
            let url = absolute ? URL(fileURLWithPath: name) : folder.url.appendingPathComponent(name)
            let label = absolute || folder.label.isEmpty ? name : folder.label + "/" + name
            files.readPrevalence(url, label: label, vocabulary: vocabulary)
        }
        return files
    }

    private mutating func readCatalog(_ url: URL, label: String, studyPairs: [AlignmentPair]) {
        switch FileReader.read(url) {
        case .failure(let failure):
            problems.append(DataProblem(.error, path: label, reason: failure.reason + "; no catalogue used"))
        case .success(let bytes):
            do {
                let value = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
                    try JSONValue.parse(buffer)
                }
                let (parsed, parseProblems, indices) = CatalogParser.parse(value, path: label, studyPairs: studyPairs)
                catalog = parsed
                pairIndices = indices
                problems += parseProblems
            } catch {
                problems.append(DataProblem(.error, path: label, place: "byte \(error.offset)",
                                            reason: error.reason + "; no catalogue used"))
            }
        }
    }

    private mutating func readPrevalence(_ url: URL, label: String, vocabulary: Vocabulary) {
        switch FileReader.read(url) {
        case .failure(let failure):
            problems.append(DataProblem(.error, path: label, reason: failure.reason + "; the study's table is used"))
        case .success(let bytes):
            let document = bytes.withUnsafeBufferPointer { CSVReader.read($0) }
            let (table, tableProblems) = UserPrevalenceParser.parse(document, path: label, vocabulary: vocabulary)
            problems += tableProblems + DatasetLoader.csvTextProblems(document, path: label)
            guard table.rows.contains(where: { $0.disease != nil }) else {
                problems.append(DataProblem(.error, path: label, reason: "no usable row; the study's table is used"))
                return
            }
            prevalence = UserPrevalence(path: label, table: table)
        }
    }

    /// Faults only the loaded logits reveal: a pair whose model has no logits, a catalogued model without logits.
    func logitProblems(modelsWithLogits: Set<String>) -> [DataProblem] {
        guard let catalog else { return [] }
        var problems: [DataProblem] = []
        for (index, pair) in catalog.alignmentPairs.enumerated() {
            let absent = [pair.base, pair.aligned].filter { !modelsWithLogits.contains($0) }
            guard !absent.isEmpty else { continue }
            let position = index < pairIndices.count ? pairIndices[index] : index
            problems.append(DataProblem(.error, path: catalog.path, place: "key \"alignment_pairs\" / \(position)",
                                        reason: "no logits for \(absent.joined(separator: " and ")); the pair has no rows"))
        }
        for model in catalog.models where !modelsWithLogits.contains(model.id) {
            problems.append(DataProblem(.warning, path: catalog.path, place: "key \"models\" / \"\(model.id)\"",
                                        reason: "no logits for this model under the data root"))
        }
        return problems
    }
}
