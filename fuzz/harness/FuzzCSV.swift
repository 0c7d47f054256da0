import Analysis

/// CSV reader, then the parser the selector byte picks: a counts file (window × group), one of the five prevalence
/// tables, or the translation table.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let (selector, bytes) = splitSelector(data, size) else { return 0 }
    let document = CSVReader.read(bytes)
    _ = DatasetLoader.csvTextProblems(document, path: "fuzz.csv")
    let vocabulary = fuzzVocabulary
    switch Int(selector) % 3 {
    case 0:
        let window = Window.allCases[Int(selector / 3) % Window.allCases.count]
        let group = DemographicGroup.allCases[Int(selector / 12) % DemographicGroup.allCases.count]
        let content = CountsFileParser.parse(document, path: "fuzz.csv", key: CooccurrenceKey(window: window, group: group),
                                             vocabulary: vocabulary)
        precondition(content.table.counts.allSatisfy { $0 >= 0 }, "negative count accepted")
    case 1:
        let source = PrevalenceSource.allCases[Int(selector / 3) % PrevalenceSource.allCases.count]
        _ = PrevalenceParser.parse(document, source: source, path: "fuzz.csv", vocabulary: vocabulary)
    default:
        let (table, _) = TranslationTable.parse(document, path: "fuzz.csv")
        _ = DiseaseResolver(vocabulary: vocabulary, translations: table).resolve("grippe", language: .fr)
    }
    return 0
}
