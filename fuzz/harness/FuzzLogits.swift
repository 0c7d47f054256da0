import Analysis

/// Logits parser: the selector byte picks the layout (HF list, GPT processed list, Cohere object), the language
/// and the demographic group; the remaining bytes are the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLogits(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let (selector, bytes) = splitSelector(data, size) else { return 0 }
    let sources: [ModelSource] = [.huggingFace, .gptProcessed, .cohere]
    let source = sources[Int(selector % 3)]
    let language = Language.allCases[Int(selector / 3) % Language.allCases.count]
    let group = DemographicGroup.allCases[Int(selector / 12) % DemographicGroup.allCases.count]
    let file = LogitFile(model: "fuzz/model", context: .plain, language: language, group: group,
                         logitType: source == .huggingFace ? .hf : nil, source: source)
    let content = LogitFileParser.parse(bytes, path: "fuzz.json", file: file, resolver: fuzzResolver)
    precondition(content.values.count == fuzzVocabulary.diseases.count * group.demographics.count * 20)
    _ = content.problems.finished(path: "fuzz.json")
    return 0
}
