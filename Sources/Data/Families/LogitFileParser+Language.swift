import Analysis

extension LogitFileParser {
    /// Translated keys only in another language's column are counted as they are matched (`ExactKey`): a few are
    /// normal (the French files write the Spanish `sepsis`), most of a file is a file of another language.
    /// Reports a file whose demographic labels are all of another language, or most of whose translated disease
    /// keys are only another language's names (a Spanish file copied over the French one); its table is not used.
    mutating func checkLanguage() {
        let own = labelLanguages[file.language] ?? 0
        let labelLanguage = labelLanguages.filter { $0.key != file.language }.max { $0.value < $1.value }?.key
        let keyLanguage = foreignKeys.max { $0.value < $1.value }
        let keysForeign = keyLanguage.map { $0.value * 2 > keyCount } ?? false
        guard (own == 0 && labelLanguage != nil) || keysForeign else { return }
        let other = (keysForeign ? keyLanguage?.key : labelLanguage) ?? .en
        var evidence: [String] = []
        if let keyLanguage, keyLanguage.value > 0 {
            evidence.append("\(keyLanguage.value) of \(keyCount) disease keys are \(keyLanguage.key.rawValue) names")
        }
        if own == 0, let labelLanguage {
            evidence.append("demographic labels are \(labelLanguage.rawValue)")
        }
        content.problems.append(DataProblem(.error, path: path,
                                            reason: "names belong to \(other.rawValue), not \(file.language.rawValue) as the "
                                                + "file name says (\(evidence.joined(separator: "; "))); file not used"))
        content.usable = false
    }
}
