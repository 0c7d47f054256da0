import Analysis

/// Reads a user's model catalogue (`biasexplorer.json`): `models` (id → family, parameters_millions, display_name,
/// pretraining_corpus), `alignment_pairs` ([{base, aligned, method}]) and `prevalence` (a table's path). Every fault
/// is a problem naming the file and the key; the entries without faults still apply.
enum CatalogParser {
    static let topKeys = ["models", "alignment_pairs", "prevalence"]
    static let modelKeys = ["family", "parameters_millions", "display_name", "pretraining_corpus"]
    static let pairKeys = ["base", "aligned", "method"]

    /// `studyPairs`: the built-in pairs, so that a repeat of one is reported as a duplicate. `pairIndices[i]`: the
    /// position in the file's list of the catalogue's pair i.
    static func parse(_ value: JSONValue, path: String,
                      studyPairs: [AlignmentPair]) -> (UserCatalog, [DataProblem], pairIndices: [Int]) {
        var problems: [DataProblem] = []
        func problem(_ place: String, _ reason: String) {
            problems.append(DataProblem(.error, path: path, place: place, reason: reason))
        }
        guard let members = value.objectValue else {
            problem("top level", "not a JSON object; the catalogue is not used")
            return (UserCatalog(path: path, models: [], alignmentPairs: [], prevalencePath: nil), problems, [])
        }
        var seen: Set<String> = []
        var models: [CatalogModel] = [], pairs: [(index: Int, pair: AlignmentPair)] = [], prevalence: String?
        for member in members {
            let place = "key \"\(member.key)\""
            guard topKeys.contains(member.key) else {
                problem(place, "unknown key; ignored (known: \(topKeys.joined(separator: ", ")))")
                continue
            }
            guard seen.insert(member.key).inserted else {
                problem(place, "duplicate key; the first is kept")
                continue
            }
            switch member.key {
            case "models": models = parseModels(member.value, problem: problem)
            case "alignment_pairs": pairs = parsePairs(member.value, studyPairs: studyPairs, problem: problem)
            default:
                if let text = member.value.stringValue, !text.trimmingSpaces().isEmpty {
                    prevalence = text.trimmingSpaces()
                } else {
                    problem(place, "not a file name (a non-empty string); ignored")
                }
            }
        }
        return (UserCatalog(path: path, models: models, alignmentPairs: pairs.map(\.pair), prevalencePath: prevalence),
                problems, pairs.map(\.index))
    }

    static func parseModels(_ value: JSONValue, problem: (String, String) -> Void) -> [CatalogModel] {
        guard let entries = value.objectValue else {
            problem("key \"models\"", "not an object of model id → entry; ignored")
            return []
        }
        var models: [CatalogModel] = []
        for entry in entries {
            let place = "key \"models\" / \"\(entry.key)\""
            let id = entry.key.trimmingSpaces()
            guard !id.isEmpty else { problem(place, "empty model id; entry ignored"); continue }
            guard !models.contains(where: { $0.id == id }) else {
                problem(place, "duplicate model; the first entry is kept")
                continue
            }
            guard let fields = entry.value.objectValue else {
                problem(place, "not an object of family, parameters_millions, …; entry ignored")
                continue
            }
            models.append(parseModel(id: id, fields: fields, place: place, problem: problem))
        }
        return models
    }

    static func parseModel(id: String, fields: [(key: String, value: JSONValue)], place: String,
                           problem: (String, String) -> Void) -> CatalogModel {
        var family = "other", size: Double?, name: String?, corpus: PretrainingCorpus?
        var seen: Set<String> = []
        for field in fields {
            let at = place + " / \"\(field.key)\""
            guard modelKeys.contains(field.key) else {
                problem(at, "unknown key; ignored (known: \(modelKeys.joined(separator: ", ")))")
                continue
            }
            guard seen.insert(field.key).inserted else { problem(at, "duplicate key; the first is kept"); continue }
            switch field.key {
            case "family":
                if let text = field.value.stringValue?.trimmingSpaces().lowercased(), !text.isEmpty { family = text }
                else { problem(at, "not a non-empty string; family 'other' used") }
            case "parameters_millions":
                guard let number = field.value.doubleValue else {
                    problem(at, "not a number; the model has no size")
                    continue
                }
                if number > 0 { size = number } else {
                    problem(at, "\(number < 0 ? "negative" : "zero") size \(NumberFormatting.plain(number)); "
                            + "the model has no size")
                }
            case "display_name":
                if let text = field.value.stringValue { name = text } else { problem(at, "not a string; ignored") }
            default:
                if let text = field.value.stringValue, let value = PretrainingCorpus(rawValue: text.lowercased()) {
                    corpus = value
                } else {
                    problem(at, "not \"pile\" or \"other\"; the study's rule for the family is used")
                }
            }
        }
        if !seen.contains("family") { problem(place, "no family; family 'other' used") }
        return CatalogModel(id: id, family: family, parametersMillions: size, displayName: name,
                            pretrainingCorpus: corpus)
    }

    static func parsePairs(_ value: JSONValue, studyPairs: [AlignmentPair],
                           problem: (String, String) -> Void) -> [(index: Int, pair: AlignmentPair)] {
        guard let entries = value.arrayValue else {
            problem("key \"alignment_pairs\"", "not a list of {base, aligned, method}; ignored")
            return []
        }
        var pairs: [(index: Int, pair: AlignmentPair)] = []
        for (index, entry) in entries.enumerated() {
            let place = "key \"alignment_pairs\" / \(index)"
            guard let fields = entry.objectValue else { problem(place, "not an object; pair ignored"); continue }
            for field in fields where !pairKeys.contains(field.key) {
                problem(place + " / \"\(field.key)\"", "unknown key; ignored (known: \(pairKeys.joined(separator: ", ")))")
            }
            func text(_ key: String) -> String? {
                fields.first { $0.key == key }?.value.stringValue?.trimmingSpaces()
            }
            guard let base = text("base"), !base.isEmpty, let aligned = text("aligned"), !aligned.isEmpty else {
                problem(place, "needs \"base\" and \"aligned\" model ids (strings); pair ignored")
                continue
            }
            guard base != aligned else { problem(place, "base and aligned are the same model; pair ignored"); continue }
            if fields.contains(where: { $0.key == "method" }) && text("method") == nil {
                problem(place + " / \"method\"", "not a string; the pair has no method")
            }
            let pair = AlignmentPair(base: base, aligned: aligned, method: text("method") ?? "", isUserDefined: true)
            let same: (AlignmentPair) -> Bool = { $0.base == base && $0.aligned == aligned }
            let repeated = pairs.contains { same($0.pair) }
            if repeated || studyPairs.contains(where: same) {
                problem(place, "duplicate pair \(base) → \(aligned)\(repeated ? "" : " (a study pair)"); ignored")
                continue
            }
            pairs.append((index, pair))
        }
        return pairs
    }
}
