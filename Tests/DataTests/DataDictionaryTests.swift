import Foundation
import Testing
@testable import Analysis
import Data

/// The data dictionary (`schema.json`, the folder's `README.md`) describes every table `tables` writes, on the
/// `fixtures/own-models` root: each file has a description, a row order and key columns that identify its rows;
/// each column a description and a declared type that its stored values have.
@Suite struct DataDictionaryTests {
    static let tables: [TypedTable] = {
        guard let dataset = OwnModelsTests.plain?.dataset else { return [] }
        var settings = UncertaintySettings.standard
        settings.resamples = 50
        settings.templateResamples = 20
        settings.topStability = true
        return AnalysisTables.all(dataset, mode: .correct, settings: settings)
            + AnalysisTables.modeOnly(dataset, mode: .paper)
    }()

    @Test func everyTableAndColumnIsDescribedAndTypedAsStored() throws {
        #expect(Self.tables.count >= 22)
        for table in Self.tables {
            #expect(!table.summary.isEmpty && !table.rowOrder.isEmpty, "\(table.name)")
            #expect(!table.keyColumns.isEmpty && table.keyColumns.allSatisfy(table.header.contains), "\(table.name)")
            for (column, schema) in zip(table.storage, table.columns) {
                #expect(!schema.description.isEmpty, "\(table.name) \(schema.name)")
                #expect(column.kind == .undetermined || column.kind == schema.type.storage,
                        "\(table.name) \(schema.name): stored \(column.kind), declared \(schema.type)")
            }
        }
    }

    @Test func keyColumnsIdentifyEveryRow() throws {
        for table in Self.tables {
            let keys = table.keyColumns.compactMap(table.columnIndex)
            var seen = Set<[TableCell]>()
            for row in 0..<table.rowCount {
                #expect(seen.insert(keys.map { table.cell(row: row, column: $0) }).inserted,
                        "\(table.name) row \(row): repeated key")
            }
        }
    }

    @Test func schemaJSONListsEveryFileWithItsColumns() throws {
        var dictionary = DataDictionary()
        for table in Self.tables { dictionary.add(table) }
        let json = try #require(try JSONSerialization.jsonObject(with: Foundation.Data(dictionary.schemaJSON.utf8)) as? [String: Any])
        let files = try #require(json["tables"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == Self.tables.map(\.name))
        let scores = try #require(files.first { $0["file"] as? String == "scores.csv" })
        let columns = try #require(scores["columns"] as? [[String: String]])
        #expect(columns.first { $0["name"] == "score" } == ["name": "score", "type": "real", "unit": "logit",
                                                             "description": "mean logit over the templates"])
        #expect(scores["key_columns"] as? [String] == ["group", "logit_type", "context", "language", "model",
                                                      "templates", "disease", "demographic"])
        let readme = dictionary.readme(mode: .correct)
        #expect(readme.contains("| `scores.csv` | group, logit_type, context, language, model, templates, disease, demographic |"))
        #expect(readme.contains("1e-9"))
    }
}
