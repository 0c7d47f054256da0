import Testing
@testable import Analysis

/// The paper-vs-correct comparison on small hand-made tables.
struct Section3PaperVsCorrectTests {
    @Test func compareMatchesRowsOnKeysAndNamesReasons() {
        let header = ["group", "logit_type", "context", "language", "model", "templates", "disease", "tau", "n"]
        let key: (String, String) -> [TableCell] = { model, disease in
            [.text("gender"), .text("hf"), .text("american"), .text("en"), .text(model), .text("0-9"), .text(disease)]
        }
        let correct = TypedTable(name: "tau_real.csv", header: header, rows: [
            key("m", "diabetes") + [.number(1), .integer(2)],
            key("m", "asthma") + [.number(-1), .integer(2)],
            key("EleutherAI/pile-t5-base", "asthma") + [.number(1), .integer(2)],
        ])
        // Paper: diabetes flips sign (string sort), asthma identical up to 1e-15, pile-t5-base row absent.
        let paper = TypedTable(name: "tau_real.csv", header: header, rows: [
            key("m", "asthma") + [.number(-1 + 1e-15), .integer(2)],
            key("m", "diabetes") + [.number(-1), .integer(2)],
        ])
        let dataset = Section2TestData.dataset(names: ["asthma", "diabetes"], tables: [])
        let differences = PaperVsCorrect.compare(paper: paper, correct: correct,
                                                 reasons: DifferenceReasons(dataset))
        #expect(differences.count == 2)
        #expect(differences[0].column == "tau" && differences[0].paper == "-1" && differences[0].correct == "1")
        #expect(differences[0].keyText.contains("disease=diabetes"))
        // No prevalence table in this data set, so no string-sort evidence: the reason is the name-list tau.
        #expect(differences[0].reason == "name-list tau")
        #expect(differences[1].column == ModeDifference.wholeRow && differences[1].paper == ModeDifference.absent)
        #expect(differences[1].reason == "excluded model")
        let summary = PaperVsCorrect.summary(differences)
        #expect(summary.map(\.count) == [1, 1])
        #expect(PaperVsCorrect.table(differences).header == ["table", "key", "column", "paper", "correct", "reason"])
    }

    /// `differences(_:paper:correct:)` (pairs and halves of large tables on both cores) lists exactly what `compare`
    /// lists table by table: seeded tables of 150 and 5,000 rows, the paper rows shuffled in blocks, some missing,
    /// some extra, about a fifth of the values changed.
    @Test func parallelDifferencesEqualTheSequentialComparison() {
        var random = SeededGenerator(seed: 99)
        let header = ["group", "logit_type", "context", "language", "model", "templates", "disease", "tau", "n"]
        func row(_ index: Int, tau: Double) -> [TableCell] {
            [.text("race"), .text("hf"), .text("american"), .text("en"), .text("model-\(index / 93)"), .text("0-9"),
             .text("disease \(index % 93)"), .number(tau), .integer(index % 7)]
        }
        var paperTables: [TypedTable] = [], correctTables: [TypedTable] = []
        for (name, count) in [("tau_real.csv", 150), ("tau_counts.csv", 5_000)] {
            var correct = TypedTable(name: name, header: header), paper = TypedTable(name: name, header: header)
            var paperRows: [[TableCell]] = []
            for index in 0..<count {
                let tau = Double(Int.random(in: -100...100, using: &random)) / 100
                correct.append(row(index, tau: tau))
                switch Int.random(in: 0..<20, using: &random) {
                case 0: continue  // a correct-only row
                case 1...4: paperRows.append(row(index, tau: -tau + 0.01))
                default: paperRows.append(row(index, tau: tau))
                }
            }
            for extra in 0..<7 { paperRows.append(row(count + extra, tau: 0.5)) }  // paper-only rows
            for start in stride(from: 0, to: paperRows.count, by: 300) where Bool.random(using: &random) {
                paperRows[start..<min(start + 300, paperRows.count)].reverse()
            }
            for cells in paperRows { paper.append(cells) }
            paperTables.append(paper)
            correctTables.append(correct)
        }
        let dataset = Section2TestData.dataset(names: ["asthma"], tables: [])
        let reasons = DifferenceReasons(dataset)
        var sequential: [ModeDifference] = []
        for (paper, correct) in zip(paperTables, correctTables) {
            PaperVsCorrect.compare(paper: paper, correct: correct, reasons: reasons) { sequential.append($0) }
        }
        let parallel = PaperVsCorrect.differences(dataset, paper: paperTables.reversed(), correct: correctTables)
        #expect(sequential.count > 1_000)
        #expect(parallel == sequential)
    }

    @Test func stringSortedDiseasesAreDetectedFromTheRawCells() {
        // diabetes male "1,020.00" > female "890" numerically but not as text: the string-sort reason applies.
        let prevalence = PrevalenceTable(source: .real, columns: [.male, .female], rows: [
            PrevalenceRow(rawName: "diabetes", disease: 1, values: [
                .male: PrevalenceValue(raw: "1,020.00", value: 1020), .female: PrevalenceValue(raw: "890", value: 890),
            ]),
            PrevalenceRow(rawName: "asthma", disease: 0, values: [
                .male: PrevalenceValue(raw: "550", value: 550), .female: PrevalenceValue(raw: "960", value: 960),
            ]),
        ])
        let dataset = Section2TestData.dataset(names: ["asthma", "diabetes"], tables: [], prevalence: prevalence)
        let reasons = DifferenceReasons(dataset)
        let key: (String) -> [KeyValue] = {
            [KeyValue(column: "group", value: "gender"), KeyValue(column: "disease", value: $0)]
        }
        #expect(reasons.reason(table: "tau_real.csv", column: "tau", key: key("diabetes"))
                == "string-sorted prevalence; name-list tau")
        #expect(reasons.reason(table: "tau_real.csv", column: "tau", key: key("asthma")) == "name-list tau")
    }
}
