import Analysis

/// What every data harness needs once per process: the embedded vocabulary and a resolver with no translations
/// (read-only after start-up; a `let` global is initialised once, thread-safely).
let fuzzVocabulary: Vocabulary = {
    let (vocabulary, problems) = VocabularyLoader.load()
    precondition(problems.isEmpty && !vocabulary.diseases.isEmpty, "fuzz build: embedded vocabulary not found")
    return vocabulary
}()

let fuzzResolver = DiseaseResolver(vocabulary: fuzzVocabulary, translations: fuzzTranslations)

/// A small translation table so that the non-English paths of the resolver are exercised.
let fuzzTranslations: TranslationTable = {
    var table = TranslationTable()
    table.toEnglish = ["grippe": "flu", "gripe": "flu", "流感": "flu", "acné": "acne"]
    return table
}()

/// The first byte of a fuzz input picks a variant; the rest is the file's bytes.
func splitSelector(_ data: UnsafePointer<UInt8>, _ size: Int) -> (UInt8, UnsafeBufferPointer<UInt8>)? {
    guard size > 0 else { return nil }
    return (data[0], UnsafeBufferPointer(start: data + 1, count: size - 1))
}
