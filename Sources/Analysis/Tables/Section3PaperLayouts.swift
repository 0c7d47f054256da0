/// The paper's `{qwen,mistral,llama}_top_bot_df_total.csv` layouts (spec section3.md §3a), written in paper mode so
/// that a reader can compare them with the publication cell by cell.
public enum Section3PaperLayouts {
    /// The three model groups of `model_grouping.py`, file names in the publication's spelling.
    static let groups = [("qwen", "qwen_top_bot_df_total.csv"), ("llama", "llama_top_bot_df_total.csv"),
                         ("mistral", "mistral_top_bot_df_total.csv")]
    /// The publication's language order of the MultiIndex.
    static let languages: [Language] = [.en, .zh, .es, .fr]
    /// The published columns: top counts over all six races and three genders, pacific islander and non-binary
    /// dropped after counting (so a race row may sum to less than 89).
    static let columns: [Demographic] = [.black, .white, .asian, .indigenous, .hispanic, .female, .male]

    /// One table per group: rows (language, model in group order) for every model with logits in both groups'
    /// hf American-context files of that language; cells = `TopBottom.modelCounts` top counts in paper mode
    /// (templates 0–9, the paper's 89 diseases); a group missing from the data gives a cell left empty.
    public static func tables(_ dataset: Dataset) -> [TypedTable] {
        groups.map { family, name in
            var table = TypedTable(dictionary: name, header: ["language", "model"] + columns.map(\.label))
            for language in languages {
                for model in dataset.vocabulary.models.models(inGroup: family) {
                    let counts = DemographicGroup.allCases.map { group -> TopBottomCounts? in
                        let configuration = LogitConfiguration(logitType: .hf, context: .american,
                                                               language: language, group: group)
                        return dataset.logits(model: model, configuration: configuration).map {
                            TopBottom.modelCounts(dataset, table: $0, templates: .original, mode: .paper)
                        }
                    }
                    guard counts.contains(where: { $0 != nil }) else { continue }
                    let cells = columns.map { demographic -> TableCell in
                        let group = demographic.group
                        guard let position = DemographicGroup.allCases.firstIndex(of: group),
                              let tally = counts[position] else { return .missing }
                        return .integer(tally.top[demographic.indexInGroup])
                    }
                    table.append([.text(language.rawValue), .text(model)] + cells)
                }
            }
            return table
        }
    }
}
