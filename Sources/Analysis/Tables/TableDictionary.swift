/// The data dictionary of the tables `tables` writes (`schema.json`, the folder's `README.md`): per file what a
/// row is, the row order and the key columns; per column its type, unit and one-line description. A column is
/// described by the file's own entry (`TableDictionary+Tables`), else by the shared entry of its name
/// (`TableDictionary+Columns`), else by a family rule (`d_top_<demographic>` …); a name nothing describes is typed
/// text with an empty description (a pane's ad-hoc column).
public enum TableDictionary {
    /// What the dictionary says about one file.
    public struct Entry: Sendable, Hashable {
        public let summary: String
        public let rowOrder: String
        public let keyColumns: [String]
        /// Columns whose meaning in this file differs from the shared entry.
        let columns: [String: ColumnSchema]

        init(_ summary: String, order rowOrder: String, keys keyColumns: [String],
             columns: [ColumnSchema] = []) {
            self.summary = summary
            self.rowOrder = rowOrder
            self.keyColumns = keyColumns
            self.columns = Dictionary(columns.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The entry of `name`; an empty entry for a file the dictionary does not list.
    public static func table(_ name: String) -> Entry {
        tables[name] ?? Entry("", order: "as computed", keys: [])
    }

    /// The schema of column `column` of file `table`.
    public static func column(_ column: String, table: String) -> ColumnSchema {
        if let own = tables[table]?.columns[column] { return own }
        if let shared = sharedColumns[column] { return shared }
        return family(column) ?? ColumnSchema(column, .text, "")
    }

    /// Whether the dictionary describes every column of `table` (tests: every contract column is documented).
    public static func describes(_ column: String, table: String) -> Bool {
        !self.column(column, table: table).description.isEmpty
    }

    /// Columns named by a pattern: per-demographic changes of the alignment table, the window pairs of
    /// `window_agreement.csv`, the demographic columns of the paper's layouts.
    static func family(_ name: String) -> ColumnSchema? {
        if let label = suffix(name, after: "d_top_"), Demographic(label: label) != nil {
            return ColumnSchema(name, .integer, unit: "count",
                                "aligned minus base: diseases with \(label) on top (empty for the other group)")
        }
        if let label = suffix(name, after: "d_bottom_"), Demographic(label: label) != nil {
            return ColumnSchema(name, .integer, unit: "count",
                                "aligned minus base: diseases with \(label) at the bottom (empty for the other group)")
        }
        if let pair = suffix(name, after: "identical_"), pair.contains("_") {
            return ColumnSchema(name, .integer, unit: "count",
                                "diseases whose ranking is identical at windows \(pair.replacingOccurrences(of: "_", with: " and "))")
        }
        if let pair = suffix(name, after: "mean_tau_") {
            return ColumnSchema(name, .tau, "mean Kendall tau-b between the rankings at windows "
                                + pair.replacingOccurrences(of: "_", with: " and "))
        }
        if let pair = suffix(name, after: "n_tau_") {
            return ColumnSchema(name, .integer, unit: "count",
                                "diseases the mean tau at windows \(pair.replacingOccurrences(of: "_", with: " and ")) averages")
        }
        if let demographic = Demographic(label: name), demographic.label == name {
            return ColumnSchema(name, .integer, unit: "count", "diseases for which the model ranks \(name) top")
        }
        return nil
    }

    static func suffix(_ name: String, after prefix: String) -> String? {
        name.hasPrefix(prefix) && name.count > prefix.count ? String(name.dropFirst(prefix.count)) : nil
    }
}
