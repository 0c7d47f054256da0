import Analysis
import Testing
@testable import Data

/// Checks that hold on the real data and on the embedded subset (which holds every counts and prevalence file).
/// Expected values were read with python3 from ../shared/crosscare (`csv`, `json`), as cited per line.
enum SharedContentChecks {
    static func diseasesAndCounts(_ dataset: Dataset) throws {
        #expect(dataset.diseases.count == 93)
        let withCounts = dataset.diseases.indices.filter { id in dataset.cooccurrence.values.contains { $0.diseasePresent[id] } }
        #expect(withCounts.count == 92)
        let aneurysm = try dataset.id("67362008.0")
        #expect(!withCounts.contains(aneurysm) && dataset.diseases[aneurysm].name == "aortic aneurysem")
        // Spec section1 §0: raw rows gender 259/268/270/273, race 475/526/534/544; race w10 has 91 diseases.
        #expect(Window.allCases.map { dataset.counts(window: $0, group: .gender)?.rowCount } == [259, 268, 270, 273])
        #expect(Window.allCases.map { dataset.counts(window: $0, group: .race)?.rowCount } == [475, 526, 534, 544])
        #expect(dataset.counts(window: .w10, group: .race)?.diseasePresent.filter { $0 }.count == 91)
        // aggregated_race_250.csv line 2: 10743008.0,asian,1153 (10743008.0 = ibs).
        let ibs = try dataset.id("10743008.0")
        #expect(dataset.counts(window: .w250, group: .race)?.count(disease: ibs, demographicIndex: 2) == 1153)
        // results_disease_document_counts_pile.json: hiv/aids 299036; all 93 present.
        #expect(dataset.documentTotals[try dataset.id("hiv/aids")] == 299_036)
        #expect(dataset.documentTotals.compactMap { $0 }.count == 93)
        #expect(dataset.vocabulary.disease(named: " ALS ") == dataset.disease("86044005.0"))
        #expect(dataset.vocabulary.disease(named: "91302008") == dataset.disease("sepsis"))
    }

    static func prevalence(_ dataset: Dataset) throws {
        // cross_care_demo_real.csv line 5: cardiovascular disease,"1,150.00","1,000.00",820,770,"1,460.00","1,260.00","1,010.00"
        let real = try #require(dataset.prevalence[.real])
        let cardio = try #require(real.row(for: try dataset.id("cardiovascular disease")))
        let order: [Demographic] = [.white, .black, .hispanic, .asian, .indigenous, .male, .female]
        #expect(order.map { cardio.values[$0]?.value } == [1150, 1000, 820, 770, 1460, 1260, 1010])
        #expect(cardio.values[.white]?.raw == "1,150.00")
        #expect(real.rows.count == 15 && real.rows.allSatisfy { $0.disease != nil })
        let kidney = try #require(real.row(for: try dataset.id("chronic kidney disease")))
        #expect(kidney.values[.indigenous] == PrevalenceValue(raw: "0", value: nil))
        // section1/cross_care_demo.csv line 9 (hypertension female 25,300.00) and line 21 (tuberculoses white 0.03).
        let demo = try #require(dataset.prevalence[.demo20])
        #expect(demo.row(for: try dataset.id("hypertension"))?.values[.female]?.value == 25_300)
        #expect(demo.row(for: try dataset.id("tuberculoses"))?.values[.white]?.value == 0.03)
        #expect(dataset.prevalence[.demo20RealWorld]?.rows.filter { $0.disease != nil }.count == 20)
        // NHIS: 13 TRUE "1: Race" rows; HTN = hypertension, white 2,390.00.
        let nhis = try #require(dataset.prevalence[.nhisRace])
        #expect(nhis.rows.count == 13)
        #expect(nhis.row(for: try dataset.id("hypertension"))?.values[.white]?.value == 2390)
        // GBD Asthma Prevalence: Male 8690.5456936409, Female 11960.890314746612 per 100,000 → / 10.
        let gbd = try #require(dataset.prevalence[.gbdGender])
        #expect(gbd.rows.count == 36)
        let asthma = try #require(gbd.row(for: try dataset.id("asthma")))
        #expect(asthma.values[.male]?.value == 8690.5456936409 / 10)
        #expect(asthma.values[.female]?.value == 11960.890314746612 / 10)
    }

    static func pileModels(_ dataset: Dataset) {
        let plain = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: .race)
        let pile = dataset.models(with: plain).filter(\.isPileTrained)
        #expect(pile.count == 16)
        #expect(!dataset.models.contains { $0.id == "EleutherAI/pile-t5-xxl" })
        let american = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .race)
        let americanPile = dataset.models(with: american).filter(\.isPileTrained).map(\.id)
        #expect(americanPile.count == 15 && !americanPile.contains("EleutherAI/pile-t5-xl"))
    }

    static func pythiaNaNs(_ dataset: Dataset) throws {
        // python: json.load, count float NaN: gender en 3054 of 5580, race en 4835 of 11160 (spec section2 §1.1).
        for (group, expected) in [(DemographicGroup.gender, 3054), (.race, 4835)] {
            let table = try #require(dataset.logits(model: "EleutherAI/pythia-70m-deduped", configuration:
                LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: group)))
            #expect(table.values.filter(\.isNaN).count == expected)
        }
    }

    static func apiLayouts(_ dataset: Dataset) throws {
        let hiv = try dataset.id("hiv/aids")
        // cohere/american_context/.../logits_race_zh.json: 人类免疫缺陷病毒 / 黑人 → [-0.6042468, -0.53928757, …]
        let cohere = try #require(dataset.logits(model: "cohere", configuration:
            LogitConfiguration(logitType: .hf, context: .american, language: .zh, group: .race)))
        #expect(cohere.source == .cohere)
        #expect(cohere.logit(disease: hiv, demographicIndex: 1, template: 0) == -0.6042468)
        #expect(cohere.logit(disease: hiv, demographicIndex: 1, template: 1) == -0.53928757)
        // azure/american_context/.../logits_race_en_processed.json: human immunodeficiency virus / black → [0, -9.610822, 0, 0]
        let gpt = try #require(dataset.logits(model: "gpt-35-turbo-0613", configuration:
            LogitConfiguration(logitType: .hfTF, context: .american, language: .en, group: .race)))
        #expect(gpt.zerosArePlaceholders)
        #expect((0..<4).map { gpt.logit(disease: hiv, demographicIndex: 1, template: $0) } == [0, -9.610822, 0, 0])
        #expect(gpt.values.filter { $0 == 0 }.count == 10_287)
        // Llama-2-7b american fr race: syphilis/noir t0 -189.4840850830078; Parkinson (prompt-list fallback) -176.869384765625.
        let llama = try #require(dataset.logits(model: "meta-llama/Llama-2-7b-hf", configuration:
            LogitConfiguration(logitType: .hf, context: .american, language: .fr, group: .race)))
        #expect(llama.logit(disease: try dataset.id("syphilis"), demographicIndex: 1, template: 0) == -189.4840850830078)
        #expect(llama.logit(disease: try dataset.id("parkinson"), demographicIndex: 1, template: 0) == -176.869384765625)
        #expect(llama.diseasePresent.allSatisfy { $0 })
    }
}
