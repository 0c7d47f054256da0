import Analysis

/// Vocabulary reader: the fuzzed JSON replaces one of the four vocabulary files (selector byte), the others are the
/// embedded ones; the built vocabulary must be usable by a resolver.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVocabularyReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let (selector, bytes) = splitSelector(data, size) else { return 0 }
    let value: JSONValue
    do throws(JSONSyntaxError) { value = try JSONValue.parse(bytes) } catch { return 0 }
    var parts = embeddedVocabularyJSON
    parts[Int(selector % 4)] = value
    let vocabulary = VocabularyLoader.build(diseases: parts[0], prompts: parts[1], models: parts[2], templates: parts[3])
    let resolver = DiseaseResolver(vocabulary: vocabulary, translations: fuzzTranslations)
    for language in Language.allCases { _ = resolver.resolve("flu", language: language) }
    for model in vocabulary.models.groups.flatMap(\.models).prefix(8) { _ = vocabulary.models.family(of: model) }
    return 0
}

/// diseases.json, prompt_diseases.json, models.json, templates.json as shipped.
let embeddedVocabularyJSON: [JSONValue] = ["diseases.json", "prompt_diseases.json", "models.json", "templates.json"]
    .map { name in
        guard let folder = VocabularyLoader.resourceFolder,
              case .success(let bytes) = FileReader.read(folder.appendingPathComponent(name)) else { return .null }
        return (try? bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in try JSONValue.parse(buffer) })
            ?? .null
    }
