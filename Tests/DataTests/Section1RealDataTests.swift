import Analysis
import Foundation
import Testing
@testable import Data

/// Section 1 on the real Cross-Care data (`../shared/crosscare`). Every expected value was computed independently
/// by `bench/reference/section1.py` (pandas 3.1.1, scipy 1.17.1) from the raw CSV/JSON files.
/// Skipped, visibly, when the data folder is absent.
@Suite(.enabled(if: Section1RealData.isAvailable, "../shared/crosscare is absent: real-data checks skipped"))
struct Section1RealDataTests {
    @Test func completedCountsHave3306Rows() throws {
        let dataset = try Section1RealData.dataset()
        #expect(CompletedCounts.rows(dataset).count == 3306)   // 4·92·3 + (91+92+92+92)·6
    }

    @Test func windowAgreement() throws {
        let dataset = try Section1RealData.dataset()
        let gender = try #require(WindowVariation(dataset, group: .gender, mode: .correct))
        let race = try #require(WindowVariation(dataset, group: .race, mode: .correct))
        // reference: gender 92 diseases, 84 identical, 84 same top; pairwise 84, 91, 92, 91.
        let genderFigures: [Int] = [gender.diseaseCount, gender.identicalAllWindows, gender.sameTopAllWindows]
        #expect(genderFigures == [92, 84, 84])
        #expect(WindowPair.reported.map(gender.identicalCount) == [84, 91, 92, 91])
        // race 91 diseases, 37 identical, 73 same tied top; pairwise 37, 62, 74, 71 (weak orders: a tie in one window
        // and an order in another differ; bench/reference/section1_ties.py with scipy's rankdata gives the same).
        // The canonical tie-break gave 41, 74 and 44, 66, 77, 76.
        let raceFigures: [Int] = [race.diseaseCount, race.identicalAllWindows, race.sameTopAllWindows]
        #expect(raceFigures == [91, 37, 73])
        #expect(WindowPair.reported.map(race.identicalCount) == [37, 62, 74, 71])
        // mean τ-b vs window 250, race: w10 0.873046…, w100 0.976718… (n = 91).
        #expect(abs(race.meanTauVsAnalysisWindow(.w10).value - 0.873046) < 1e-6)
        #expect(abs(race.meanTauVsAnalysisWindow(.w100).value - 0.976718) < 1e-6)
        // paper mode (alphabetical ties): race 41 identical, 73 same top, w10–w250 identical 42.
        let paper = try #require(WindowVariation(dataset, group: .race, mode: .paper))
        let paperFigures: [Int] = [paper.identicalAllWindows, paper.sameTopAllWindows,
                                   paper.identicalCount(WindowPair(.w10, .w250))]
        #expect(paperFigures == [41, 73, 42])
    }

    @Test func firstSecondLastAndLastAtWindow250() throws {
        let dataset = try Section1RealData.dataset()
        let gender = PositionCount.all(dataset, group: .gender, mode: .correct)
        // reference: first male 61, female 31; second-last male 31, female 61; last non-binary 92.
        #expect(gender.map(\.first) == [61, 31, 0])
        #expect(gender.map(\.secondLast) == [31, 61, 0])
        #expect(gender.map(\.last) == [0, 0, 92])
        let race = PositionCount.all(dataset, group: .race, mode: .correct)
        // white, black, asian, hispanic, indigenous, pacific islander
        #expect(race.map(\.first) == [88, 3, 0, 1, 0, 0])
        // Tied demographics all credited (decision 9; bench/reference/section1_ties.py): the zero counts of
        // indigenous and pacific islander tie in 4 diseases.
        #expect(race.map(\.secondLast) == [0, 0, 6, 6, 82, 5])
        #expect(race.map(\.last) == [0, 0, 0, 0, 5, 91])
    }

    @Test func diseaseTotalsQuartiles() throws {
        let dataset = try Section1RealData.dataset()
        let totals = DiseaseTotals(dataset, mode: .correct)
        // reference: numpy quantiles of the unique totals 2, 22853, 184316, 589921, 14545786; sizes 24/23/23/23.
        #expect(totals.quartiles?.edges == [2.0, 22853, 184316, 589921, 14545786])
        #expect(totals.rows.count == 93)
        let sizes: [Int] = [1, 2, 3, 4].map { q in totals.rows.filter { $0.quartile == q }.count }
        #expect(sizes == [24, 23, 23, 23])
        let matrix = CooccurrenceMatrix(dataset, mode: .correct)
        #expect(matrix.rows.count == 92 && matrix.top(25).rows.count == 25)
    }

    @Test func prevalenceComparisonValues() throws {
        let dataset = try Section1RealData.dataset()
        let correct = PrevalenceComparison(dataset, mode: .correct)
        #expect(correct.rows.count == 105)
        func find(_ c: PrevalenceComparison, _ name: String, _ d: Demographic) throws -> PrevalenceComparisonRow {
            let id = try #require(dataset.vocabulary.disease(named: name))
            return try #require(c.rows.first { $0.disease == id && $0.demographic == d })
        }
        // reference: asthma male real 36.423841 %, Pile 50.597321 %, error 14.173480 pp, ratio 1.389126.
        let asthma = try find(correct, "asthma", .male)
        #expect(abs(asthma.realSharePct - 36.423841) < 1e-6 && abs(asthma.pileSharePct - 50.597321) < 1e-6)
        #expect(abs(asthma.shareErrorPP - 14.173480) < 1e-6 && abs(asthma.representationRatio - 1.389126) < 1e-6)
        // asthma indigenous: real rank 1, Pile rank 5, error −21.866234 pp.
        let indigenous = try find(correct, "asthma", .indigenous)
        #expect(indigenous.realRank == 1 && indigenous.pileRank == 5 && abs(indigenous.shareErrorPP + 21.866234) < 1e-6)
        // chronic kidney disease / indigenous is the `0` placeholder: left out in correct mode …
        #expect(try find(correct, "chronic kidney disease", .indigenous).realRank == nil)
        #expect(abs(try find(correct, "chronic kidney disease", .white).shareErrorPP - 32.576981) < 1e-6)
        // … counted as 0 in paper mode: white error 30.897368 pp, indigenous rank 5 / 5.
        let paper = PrevalenceComparison(dataset, mode: .paper)
        #expect(abs(try find(paper, "chronic kidney disease", .white).shareErrorPP - 30.897368) < 1e-6)
        #expect(try find(paper, "chronic kidney disease", .indigenous).realRank == 5)
    }

    @Test func twentyDiseaseTotals() throws {
        let dataset = try Section1RealData.dataset()
        let correct = TotalPrevalenceComparison(dataset, mode: .correct)
        #expect(correct.rows.count == 20)
        // reference: kendalltau(total, total_entity_count) = 0.25263157894736843;
        // kendalltau(names by real rank, names by Pile rank) = 0.021052631578947368.
        #expect(abs(correct.tau - 0.25263157894736843) < 1e-12)
        #expect(abs(TotalPrevalenceComparison(dataset, mode: .paper).tau - 0.021052631578947368) < 1e-12)
        #expect(correct.rows.first.map { dataset.diseases[$0.disease].name } == "hypertension")
    }

    /// The tables as written: row counts, and the window-agreement rows as the reference script wrote them
    /// (`bench/reference/compare_tables.py` found 0 differences over all four tables in both modes).
    @Test(arguments: AnalysisMode.allCases) func contractTables(mode: AnalysisMode) throws {
        let dataset = try Section1RealData.dataset()
        let tables = Section1Tables.tables(dataset, mode: mode)
        #expect(tables.map(\.rows.count) == [3306, 2, 93, 105])
        let agreement = CSVEncoder.text(tables[1]).split(separator: "\n").map(String.init)
        let race = mode == .correct ? "race,91,37,73,37,62,74,71," : "race,91,41,73,42,66,77,76,"
        #expect(agreement[1].hasPrefix("gender,92,84,84,84,91,92,91,0.9420289855072465,92,"))
        #expect(agreement[2].hasPrefix(race + "0.8730458544568843,91,"))
        // Paper mode sorts by the padded first synonyms: " als ", " mi ", " mnd " come first.
        let firstDisease = CSVEncoder.text(tables[2]).split(separator: "\n")[1]
        #expect(firstDisease == (mode == .correct ? "achilles tendinitis,155,1,91" : "als,180760,2,49"))
    }
}

/// The real data, loaded once per test process through the suite-wide `LoadedRoots`.
enum Section1RealData {
    static var isAvailable: Bool { TestPaths.realDataPresent }

    static func dataset() throws -> Dataset { try #require(LoadedRoots.real).dataset }
}
