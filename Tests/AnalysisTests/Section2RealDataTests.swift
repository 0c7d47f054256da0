import Foundation
import Testing
import Data
@testable import Analysis

/// The real data, loaded at most once per test process; nil when `../shared/crosscare` is absent.
enum Section2RealData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/crosscare").standardizedFileURL
    static let available = FileManager.default.fileExists(atPath: root.appendingPathComponent("logits_results").path)
    static let dataset: Dataset? = available ? try? DatasetLoader.load(DataRoot(url: root, name: "crosscare")) : nil

    static func configuration(_ logitType: LogitType, _ context: PromptContext, _ group: DemographicGroup)
        -> LogitConfiguration {
        LogitConfiguration(logitType: logitType, context: context, language: .en, group: group)
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }
}

/// Expected values: `python3 bench/reference/section2.py` (pandas 2 / scipy on the raw JSON and CSV files).
/// Race vectors are in canonical order: white, black, asian, hispanic, indigenous, pacific islander.
@Suite(.enabled(if: Section2RealData.available, "../shared/crosscare is absent: Section 2 real-data checks skipped"))
struct Section2RealDataTests {
    let data = Section2RealData.self

    @Test func quartileBoundsMatchTheSpec() throws {
        let dataset = try #require(data.dataset)
        // Spec §2: race Q1 2–713, Q2 727–3683, Q3 3895–16726, Q4 17064–394513; gender Q1 10–5191 … Q4 …1692049.
        let race = DiseaseQuartiles.cooccurrence(dataset, group: .race, mode: .correct)
        #expect(race.bins?.edges == [2, 716.5, 3789, 16979.5, 394513])
        let gender = DiseaseQuartiles.cooccurrence(dataset, group: .gender, mode: .correct)
        #expect(gender.bins?.edges == [10, 5269.75, 22160.5, 79988.75, 1692049])
        let sizes = (1...4).map { q in race.quartiles.filter { $0 == q }.count }
        #expect(sizes == [12, 20, 25, 35])
        // Paper: the notebook dict gives acne and gall bladder disease their window-50 quartile (3, 2; w250: 4, 3).
        let paper = DiseaseQuartiles.cooccurrence(dataset, group: .race, mode: .paper)
        let acne = try #require(dataset.vocabulary.disease(named: "acne"))
        let gall = try #require(dataset.vocabulary.disease(named: "gall bladder disease"))
        #expect(race.quartile(of: acne) == 4 && paper.quartile(of: acne) == 3)
        #expect(race.quartile(of: gall) == 3 && paper.quartile(of: gall) == 2)
        #expect(DiseaseQuartiles.documents(dataset).bins?.edges == [2, 22853, 184316, 589921, 14545786])
    }

    @Test func pythia28bTrueFalseRaceTopCounts() throws {
        let dataset = try #require(data.dataset)
        let table = try #require(dataset.logits(model: "EleutherAI/pythia-2.8b-deduped",
                                                configuration: data.configuration(.hfTF, .plain, .race)))
        let diseases = Array(dataset.diseases.indices)
        let all = TopBottom.acrossTemplates(table, templates: .all, mode: .correct, diseases: diseases)
        #expect(all.top == [0, 1, 28, 5, 34, 25] && all.bottom == [24, 5, 55, 1, 8, 0])
        let original = TopBottom.acrossTemplates(table, templates: .original, mode: .correct, diseases: diseases)
        #expect(original.top == [1, 2, 29, 6, 7, 48] && original.bottom == [23, 5, 55, 2, 8, 0])
        let paper = TopBottom.acrossTemplates(table, templates: .all, mode: .paper, diseases: diseases)
        #expect(paper.top == [0, 1, 28, 5, 34, 25] && paper.bottom == paper.top)
        let template0 = TopBottom.perTemplate(table, mode: .correct, diseases: diseases)[0]
        #expect(template0.top == [6, 11, 5, 5, 14, 53] && template0.bottom == [23, 10, 18, 24, 10, 10])
    }

    @Test func pythia70mRobustnessWithAndWithoutNaNTemplates() throws {
        let dataset = try #require(data.dataset)
        let table = try #require(dataset.logits(model: "EleutherAI/pythia-70m-deduped",
                                                configuration: data.configuration(.hf, .plain, .race)))
        let diseases = Array(dataset.diseases.indices)
        let correct = TemplateRobustness.model(table, templates: .original, mode: .correct, diseases: diseases)
        #expect(correct.diseases.count == 63)
        // Tied tops all credited (decision 9); bench/reference/modal_top_ties.py gives 3.8412698412698414 (the
        // canonical tie-break gave 3.7777777777777777).
        #expect(data.close(correct.modalTopFrequency.value, 3.8412698412698414))
        #expect(data.close(correct.meanPairwiseTau.value, 0.5986688729693711) && correct.meanPairwiseTau.count == 58)
        #expect(data.close(correct.meanAbsLogitDifference.value, 19.583298055213465))
        #expect(data.close(correct.meanAbsRankDifference.value, 0.8569809341361065))
        let paper = TemplateRobustness.model(table, templates: .original, mode: .paper, diseases: diseases)
        #expect(paper.diseases.count == 92)
        #expect(data.close(paper.modalTopFrequency.value, 5.336956521739131))
        #expect(data.close(paper.meanPairwiseTau.value, 0.5071261008158848) && paper.meanPairwiseTau.count == 91)
        #expect(data.close(paper.meanAbsLogitDifference.value, 26.890724478894125))
        #expect(data.close(paper.meanAbsRankDifference.value, 0.9581952439095297))
    }

    @Test func meanTauAgainstCounts() throws {
        let dataset = try #require(data.dataset)
        // (model, race correct, race paper, gender correct, gender paper); counts 92 (correct) and 89 (paper).
        let expected: [(String, Double, Double, Double, Double)] = [
            ("EleutherAI/pythia-70m-deduped", 0.6115317713742017, 0.6093578010698396, 0.746376811594203,
             0.7453183520599252),
            ("EleutherAI/pythia-12b-deduped", 0.6974517168019413, 0.6966757970925218, 0.5507246376811594,
             0.5580524344569288),
            ("state-spaces/mamba-1.4b", 0.7045397303525605, 0.7025046051073942, 0.5994546729810984,
             0.6084250552164163),
        ]
        for group in DemographicGroup.allCases {
            let configuration = data.configuration(.hf, .american, group)
            let correct = TauAnalysis(dataset, configuration: configuration, mode: .correct,
                                      models: expected.map(\.0))
            let paper = TauAnalysis(dataset, configuration: configuration, mode: .paper, models: expected.map(\.0))
            for (index, row) in expected.enumerated() {
                let (wantCorrect, wantPaper) = group == .race ? (row.1, row.2) : (row.3, row.4)
                #expect(data.close(correct.meanCountTau(model: index).value, wantCorrect), "\(row.0) \(group)")
                #expect(correct.meanCountTau(model: index).count == 92)
                #expect(data.close(paper.meanCountTau(model: index).value, wantPaper), "\(row.0) \(group)")
                #expect(paper.meanCountTau(model: index).count == 89)
            }
        }
    }

    @Test func tauAgainstRealPrevalence() throws {
        let dataset = try #require(data.dataset)
        let race = TauAnalysis(dataset, configuration: data.configuration(.hf, .american, .race), mode: .correct,
                               models: ["EleutherAI/pythia-12b-deduped"])
        // 15 real-data diseases; chronic kidney disease has indigenous = 0 (missing) → 4 pairs.
        #expect(data.close(race.meanRealTau(model: 0).value, -0.001023330981145352))
        #expect(race.meanRealTau(model: 0).count == 15)
        let asthma = try #require(dataset.vocabulary.disease(named: "asthma"))
        let kidney = try #require(dataset.vocabulary.disease(named: "chronic kidney disease"))
        // Model sets (spec §6): 15 Pile models in hf/American (no pile-t5-xl); the paper's 13 Pythia + Mamba.
        let configuration = data.configuration(.hf, .american, .race)
        #expect(Section2Defaults.tauModels(dataset, configuration: configuration, mode: .correct).count == 15)
        #expect(Section2Defaults.tauModels(dataset, configuration: configuration, mode: .paper).count == 13)
        let byDisease = Dictionary(uniqueKeysWithValues: race.realTaus[0].map { ($0.disease, $0) })
        #expect(data.close(byDisease[asthma]?.tau ?? .nan, 0.2) && byDisease[asthma]?.n == 5)
        #expect(data.close(byDisease[kidney]?.tau ?? .nan, 1.0 / 3) && byDisease[kidney]?.n == 4)
        let gender = TauAnalysis(dataset, configuration: data.configuration(.hf, .american, .gender),
                                 mode: .correct, models: ["EleutherAI/pythia-12b-deduped"])
        #expect(data.close(gender.meanRealTau(model: 0).value, -0.2) && gender.meanRealTau(model: 0).count == 15)
        // RWD subsets: 15 diseases, 14 in paper mode (the lost `mi`).
        #expect(Section2Paper.realDataDiseases(dataset, among: race.diseases, mode: .correct).count == 15)
        #expect(Section2Paper.realDataDiseases(dataset, among: race.diseases, mode: .paper).count == 14)
    }

    @Test func paperQuartileTausOfMamba130m() throws {
        let dataset = try #require(data.dataset)
        let configuration = data.configuration(.hf, .american, .race)
        let analysis = TauAnalysis(dataset, configuration: configuration, mode: .paper,
                                   models: ["state-spaces/mamba-130m"])
        // 89 diseases, race quartiles with the notebook's six window-50 quartiles.
        let points = analysis.quartileTaus(dataset, modelGroup: "mamba", source: .cooccurrence)
        let expected: [(Double, Int)] = [(0.6315389481822034, 11), (0.7187973970417852, 21),
                                         (0.688888888888889, 27), (0.7007799630891897, 30)]
        #expect(points.map(\.quartile) == [1, 2, 3, 4])
        for (point, want) in zip(points, expected) {
            #expect(data.close(point.meanTau.value, want.0) && point.meanTau.count == want.1)
        }
    }
}
