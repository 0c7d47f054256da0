import Analysis

/// Generic JSON reader, then the document-totals parser over whatever value it produced.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    do throws(JSONSyntaxError) {
        let value = try JSONValue.parse(bytes)
        let (totals, _) = DocumentTotalsParser.parse(value, path: "fuzz.json", vocabulary: fuzzVocabulary)
        precondition(totals.count == fuzzVocabulary.diseases.count)
        _ = value == value
    } catch {
        precondition(error.offset >= 0 && error.offset <= size, "error offset outside the input")
    }
    return 0
}
