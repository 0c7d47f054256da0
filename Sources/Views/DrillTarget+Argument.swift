import Analysis

extension DrillTarget {
    /// The `render --detail` word of a drill-down: `disease:NAME` (or `disease:#ID` without a dataset to name it),
    /// `model:ID`, `pair:BASE>ALIGNED`, `table:FILE`, `ranks:ID`.
    public func argument(dataset: Dataset?) -> String {
        switch self {
        case .disease(let id):
            if let dataset, id >= 0, id < dataset.diseases.count { return "disease:" + dataset.diseases[id].name }
            return "disease:#\(id)"
        case .model(let id): return "model:" + id
        case .alignmentPair(let base, let aligned): return "pair:\(base)>\(aligned)"
        case .table(let name): return "table:" + name
        case .modelRanks(let id): return "ranks:" + id
        }
    }

    /// The drill-down a `--detail` word names (the inverse of `argument`); nil when it names none of the dataset's.
    public init?(argument text: String, dataset: Dataset) {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let kind = text[..<colon], value = String(text[text.index(after: colon)...])
        switch kind {
        case "disease":
            if value.hasPrefix("#"), let id = Int(value.dropFirst()), id >= 0, id < dataset.diseases.count {
                self = .disease(id)
            } else if let id = dataset.vocabulary.disease(named: value) {
                self = .disease(id)
            } else {
                return nil
            }
        case "model": self = .model(value)
        case "pair":
            let parts = value.split(separator: ">", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return nil }
            self = .alignmentPair(base: parts[0], aligned: parts[1])
        case "table": self = .table(value)
        case "ranks": self = .modelRanks(value)
        default: return nil
        }
    }
}
