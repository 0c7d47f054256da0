@testable import Analysis

/// A tiny in-memory `Dataset` for Section 1 tests: four diseases, hand-picked counts.
///
/// ids: 0 flu, 1 mi (first synonym `" MI "`, padded like the study's), 2 asthma, 3 zika (no counts, like
/// `aortic aneurysem`). Name order: asthma, flu, mi, zika.
enum Section1Fixture {
    static let flu = 0, mi = 1, asthma = 2, zika = 3

    /// Gender counts (male, female, non-binary) per window; nil = disease absent from that window's file.
    static let gender: [Window: [[Int]?]] = [
        .w250: [[10, 30, 0], [50, 20, 5], [7, 7, 1], nil],
        .w100: [[8, 20, 0], [40, 10, 5], [5, 6, 1], nil],
        .w50: [[5, 9, 0], [30, 10, 2], [3, 3, 0], nil],
        .w10: [[1, 2, 0], [20, 1, 1], [1, 0, 0], nil],
    ]

    /// Race counts (white, black, asian, hispanic, indigenous, pacific islander); mi is absent at window 10.
    static let race: [Window: [[Int]?]] = {
        let analysis: [[Int]?] = [[60, 20, 10, 10, 0, 0], [5, 10, 0, 0, 0, 0], [30, 30, 5, 8, 2, 1], nil]
        return [.w250: analysis, .w100: analysis, .w50: analysis,
                .w10: [[6, 2, 1, 1, 0, 0], nil, [3, 3, 1, 1, 0, 0], nil]]
    }()

    static let documentTotals: [Int?] = [1000, 5000, 3000, 200]

    static func dataset(prevalence: [PrevalenceSource: PrevalenceTable]? = nil) -> Dataset {
        let diseases = [("flu", ["Flu"]), ("mi", [" MI ", "myocardial infarction"]), ("asthma", ["asthma"]),
                        ("zika", ["zika"])].enumerated().map { id, entry in
            Disease(id: id, name: entry.0, key: "k\(id)", synonyms: entry.1, promptName: entry.0)
        }
        let vocabulary = Vocabulary(
            diseases: diseases, models: ModelCatalog(parametersMillions: [:], groups: [], alignmentPairs: []),
            templates: [:], diseaseLookup: Dictionary(uniqueKeysWithValues: diseases.map { ($0.name, $0.id) }),
            promptNames: [:])
        var tables: [CooccurrenceKey: CooccurrenceTable] = [:]
        for (group, source) in [(DemographicGroup.gender, gender), (.race, race)] {
            for (window, rows) in source {
                tables[CooccurrenceKey(window: window, group: group)] = table(window: window, group: group, rows: rows)
            }
        }
        return Dataset(rootName: "fixture", vocabulary: vocabulary, models: [], cooccurrence: tables,
                       documentTotals: documentTotals, logitTables: [],
                       prevalence: prevalence ?? defaultPrevalence, filesRead: [], problems: [])
    }

    static func table(window: Window, group: DemographicGroup, rows: [[Int]?]) -> CooccurrenceTable {
        let width = group.demographics.count
        let counts = rows.flatMap { $0 ?? Array(repeating: 0, count: width) }
        let rowCount = rows.compactMap { $0 }.reduce(0) { $0 + $1.filter { $0 > 0 }.count }
        return CooccurrenceTable(window: window, group: group, counts: counts, diseasePresent: rows.map { $0 != nil },
                                 rowCount: rowCount)
    }

    /// A prevalence row from `label: text` cells; the number is parsed as the data layer would (`Na` → nil).
    static func row(_ name: String, _ disease: DiseaseID?, _ cells: [Demographic: String]) -> PrevalenceRow {
        PrevalenceRow(rawName: name, disease: disease, values: cells.mapValues {
            PrevalenceValue(raw: $0, value: Double($0.replacingOccurrences(of: ",", with: "")))
        })
    }

    static let realColumns: [Demographic] = [.white, .black, .hispanic, .asian, .indigenous, .male, .female]

    /// `real`: flu has `Na` for hispanic and the `0` placeholder for indigenous; mi has constant race values.
    /// `demo20`: totals mi 600, zika 500, flu 150 (male `Na`), asthma 50.
    static let defaultPrevalence: [PrevalenceSource: PrevalenceTable] = [
        .real: PrevalenceTable(source: .real, columns: realColumns, rows: [
            row("Flu", flu, [.white: "100", .black: "300", .asian: "100", .hispanic: "Na", .indigenous: "0",
                             .male: "40", .female: "60"]),
            row("MI", mi, [.white: "10", .black: "10", .asian: "10", .hispanic: "10", .indigenous: "10",
                           .male: "1", .female: "3"]),
            row("unknown", nil, [.white: "1"]),
        ]),
        .demo20: PrevalenceTable(source: .demo20, columns: realColumns, rows: [
            row("flu", flu, [.white: "100", .male: "Na", .female: "50"]),
            row("asthma", asthma, [.white: "20", .male: "30"]),
            row("mi", mi, [.white: "200", .black: "1,00", .female: "300"]),
            row("zika", zika, [.white: "500"]),
            row("unknown", nil, [.white: "1"]),
        ]),
    ]
}
