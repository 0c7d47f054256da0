import Testing
@testable import Analysis

/// Hand cases for the paper's Section 3 procedure (spec/section3.md §2–§3c).
struct Section3PaperTests {
    let race = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .race)

    func row(_ values: [Demographic: String]) -> PrevalenceRow {
        PrevalenceRow(rawName: "d", disease: 0, values: values.mapValues {
            PrevalenceValue(raw: $0, value: Double($0.replacingOccurrences(of: ",", with: "")))
        })
    }

    @Test func realRankingSortsTheCommaStringsDescending() {
        // "910.00" > "2,200.00" as text ('9' > '2'), though 2,200 > 910 as numbers.
        let gender = row([.male: "2,200.00", .female: "910.00"])
        #expect(RealPrevalenceTau.realRanking(gender, columns: [.male, .female], group: .gender) == [.female, .male])
        // cardiovascular disease of cross_care_demo_real.csv: the spec's hispanic>asian>indigenous>white>black.
        let cardio = row([.white: "1,150.00", .black: "1,000.00", .hispanic: "820", .asian: "770",
                          .indigenous: "1,460.00"])
        let columns: [Demographic] = [.white, .black, .hispanic, .asian, .indigenous, .male, .female]
        #expect(RealPrevalenceTau.realRanking(cardio, columns: columns, group: .race)
                == [.hispanic, .asian, .indigenous, .white, .black])
        // Equal strings keep the file's column order (liver failure: white = asian = "180").
        let liver = row([.white: "180", .black: "110", .hispanic: "270", .asian: "180", .indigenous: "250"])
        #expect(RealPrevalenceTau.realRanking(liver, columns: columns, group: .race)
                == [.hispanic, .indigenous, .white, .asian, .black])
    }

    @Test func nameListTauComparesAlphabeticalCodes() {
        // Alphabetical codes: asian 0, black 1, hispanic 2, indigenous 3, white 4 (among these five).
        // model [white, black, asian] → codes [4, 1, 0]; real [asian, white, black] → [0, 4, 1].
        // Pairs (i<j): (4,1)/(0,4) discordant, (4,0)/(0,1) discordant, (1,0)/(4,1) concordant → (1−2)/3 = −1/3,
        // which is what scipy.stats.kendalltau(['white','black','asian'], ['asian','white','black']) prints.
        let tau = RankAgreement.nameListTau([.white, .black, .asian], [.asian, .white, .black])
        #expect(abs(tau - (-1.0 / 3)) < 1e-12)
        #expect(abs(tau - KendallTau.tauB(strings: ["white", "black", "asian"], ["asian", "white", "black"])) < 1e-15)
        // scipy's rounding: one discordant pair of 5 names → 8/√10/√10 = 0.7999999999999999 (< 0.8, as the study
        // counted it).
        // (scipy.stats.kendalltau of these two name lists prints 0.7999999999999999.)
        let near = RankAgreement.nameListTau([.asian, .black, .hispanic, .indigenous, .white],
                                             [.asian, .black, .hispanic, .white, .indigenous])
        #expect(near == 8 / 10.0.squareRoot() / 10.0.squareRoot() && near < 0.8)
        // The same ranking gives 1, whatever the names.
        #expect(RankAgreement.nameListTau([.hispanic, .white], [.hispanic, .white]) == 1)
    }

    @Test func paperTauVsRealUsesNameListsAndAlphabeticalTies() {
        // Gender: male 2,200 and female 910 by value (male first), but the string sort puts female first.
        // Model scores male −1 > female −2: correct tau-b = +1 (agrees with numbers); paper = −1 (string sort).
        let gender = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .gender)
        let table = Section2TestData.table(configuration: gender, [[[-1], [-2], [-3]]])
        let prevalence = PrevalenceTable(source: .real, columns: [.male, .female],
                                         rows: [row([.male: "2,200.00", .female: "910.00"])])
        let correct = RealPrevalenceTau.taus(ScoreMatrix(table, templates: .original, mode: .correct),
                                             prevalence: prevalence, diseases: [0])
        let paper = RealPrevalenceTau.taus(ScoreMatrix(table, templates: .original, mode: .paper),
                                           prevalence: prevalence, diseases: [0])
        #expect(correct[0].tau == 1 && correct[0].n == 2)
        #expect(paper[0].tau == -1 && paper[0].n == 2)
        // A tie male = female: paper breaks it alphabetically (female, male) → matches the string order, tau = +1;
        // correct tau-b is NaN (constant score vector).
        let tied = Section2TestData.table(configuration: gender, [[[-1], [-1], [-3]]])
        #expect(RealPrevalenceTau.taus(ScoreMatrix(tied, templates: .original, mode: .paper),
                                       prevalence: prevalence, diseases: [0])[0].tau == 1)
        #expect(RealPrevalenceTau.taus(ScoreMatrix(tied, templates: .original, mode: .correct),
                                       prevalence: prevalence, diseases: [0])[0].tau.isNaN)
    }

    @Test func apiZerosAreValuesInPaperModeOnly() {
        // GPT-3.5 processed: male has template values [0, −4] → paper mean −2, correct mean −4 (zero missing);
        // female [−3]. Paper ranks male first, correct female first.
        let gender = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .gender)
        let table = Section2TestData.table(configuration: gender, source: .gptProcessed,
                                           [[[0, -4], [-3, -3], [-9, -9]]])
        let paper = ScoreMatrix(table, templates: .original, mode: .paper)
        let correct = ScoreMatrix(table, templates: .original, mode: .correct)
        #expect(RankAgreement.ranking(paper, disease: 0) == [.male, .female, .nonBinary])
        #expect(RankAgreement.ranking(correct, disease: 0) == [.female, .male, .nonBinary])
        #expect(RankAgreement.extremes(paper, disease: 0).top == [0])
        #expect(RankAgreement.extremes(correct, disease: 0).top == [1])
    }

    @Test func extremesCountTiesInCorrectModeAndAlphabeticalFirstInPaper() {
        // Race scores: white 5, black 5, asian 1, hispanic 1, indigenous 3, pacific islander 2.
        let table = Section2TestData.table(configuration: race, [[[5], [5], [1], [1], [3], [2]]])
        let correct = RankAgreement.extremes(ScoreMatrix(table, templates: .original, mode: .correct), disease: 0)
        #expect(correct.top == [0, 1] && correct.bottom == [2, 3])
        let paper = RankAgreement.extremes(ScoreMatrix(table, templates: .original, mode: .paper), disease: 0)
        // Alphabetical ties: black before white at the top; asian before hispanic, so hispanic is rank[-1].
        #expect(paper.top == [1] && paper.bottom == [3])
    }
}
