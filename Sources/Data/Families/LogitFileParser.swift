import Analysis

/// What one logits file held: flat values (NaN = missing) in the `LogitTable` layout, and what went wrong.
struct LogitFileContent: Sendable {
    var values: [Double]
    var diseasePresent: [Bool]
    var filled: [Bool]
    var problems = BoundedProblems()
    /// Keys matched only through the prompt-list fallback.
    var fallbackKeys: [String: DiseaseID] = [:]
    var nanCount = 0
    var zeroCount = 0
    /// False when the file's names belong to another language than its name says: its table is not registered.
    var usable = true
}

/// Counts of per-value faults in one file, reported once each with the first place they occurred.
struct ValueFaults {
    var counts: [String: Int] = [:]
    var firstPlace: [String: String] = [:]
    var order: [String] = []

    mutating func record(_ reason: String, place: @autoclosure () -> String) {
        if counts[reason] == nil { order.append(reason); firstPlace[reason] = place() }
        counts[reason, default: 0] += 1
    }
}

/// Parses the two logits layouts in one pass over the bytes:
/// HF / GPT-3.5 `_processed`: `{disease: [[demographic, [20 numbers]], …]}`;
/// Cohere: `{disease: {demographic: [[20 numbers], …]}}` (a second inner list is a duplicate entry).
struct LogitFileParser {
    let path: String
    let file: LogitFile
    let resolver: DiseaseResolver
    var content: LogitFileContent
    var faults = ValueFaults()
    var scratch: [Double] = []
    var labelCache: [CachedLabel] = []
    /// The resolver's exact-key table for this file's language.
    let exactKeys: [String: ExactKey]
    /// Diseases read to their end (the count a syntax error reports as kept).
    var diseasesCompleted = 0
    /// Keys seen, and translated keys that are only in another language's column of the translation table.
    var keyCount = 0
    var foreignKeys: [Language: Int] = [:]
    /// Languages of the distinct demographic labels recognised.
    var labelLanguages: [Language: Int] = [:]

    var group: DemographicGroup { file.group }
    var width: Int { file.group.demographics.count }

    init(path: String, file: LogitFile, resolver: DiseaseResolver) {
        self.path = path
        self.file = file
        self.resolver = resolver
        self.exactKeys = resolver.exactIndex[file.language] ?? [:]
        let diseases = resolver.vocabulary.diseases.count
        let demographics = file.group.demographics.count
        content = LogitFileContent(values: PrefaultedValues.missing(count: diseases * demographics * 20),
                                   diseasePresent: [Bool](repeating: false, count: diseases),
                                   filled: [Bool](repeating: false, count: diseases * demographics))
        scratch = [Double](repeating: .nan, count: 64)
    }

    /// Parses the file; a syntax error keeps what was read before it and is reported with its byte offset.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, file: LogitFile,
                      resolver: DiseaseResolver) -> LogitFileContent {
        var parser = LogitFileParser(path: path, file: file, resolver: resolver)
        var cursor = JSONCursor(bytes)
        do throws(JSONSyntaxError) {
            guard cursor.peek() != nil else {
                parser.content.problems.append(DataProblem(.error, path: path, reason: "empty file"))
                return parser.content
            }
            try parser.readTop(&cursor)
            if cursor.peek() != nil { throw cursor.error("unexpected text after the JSON value") }
            if parser.keyCount == 0 {
                parser.content.problems.append(DataProblem(.error, path: path,
                                                           reason: "no disease entries (an empty object); nothing to read"))
            }
        } catch {
            parser.content.problems.append(DataProblem(.error, path: path, place: "byte \(error.offset)",
                                                       reason: "\(error.reason); " + keptText(parser.diseasesCompleted)))
        }
        if let offset = cursor.firstInvalidUTF8 {
            parser.content.problems.append(DataProblem(.error, path: path, place: "byte \(offset)",
                                                       reason: "invalid UTF-8 in a string (shown with U+FFFD)"))
        }
        parser.finish()
        parser.checkLanguage()
        return parser.content
    }

    /// "no disease read before it is kept", "1 disease read before it is kept", "3 diseases … are kept".
    static func keptText(_ count: Int) -> String {
        switch count {
        case 0: return "no disease was read before it"
        case 1: return "1 disease read before it is kept"
        default: return "\(count) diseases read before it are kept"
        }
    }

    private mutating func readTop(_ cursor: inout JSONCursor) throws(JSONSyntaxError) {
        try cursor.enter(UInt8(ascii: "{"))
        var isFirst = true
        while try cursor.hasNext(closing: UInt8(ascii: "}"), isFirst: &isFirst) {
            let keyOffset = cursor.position
            let key = try cursor.readKey()
            keyCount += 1
            guard let disease = match(key, at: keyOffset) else {
                try cursor.skipValue()
                continue
            }
            content.diseasePresent[disease] = true
            if file.source == .cohere {
                try readCohereDisease(&cursor, disease: disease, key: key)
            } else {
                try readListDisease(&cursor, disease: disease, key: key)
            }
            diseasesCompleted += 1
        }
    }

    private mutating func match(_ key: String, at offset: Int) -> DiseaseID? {
        if let exact = exactKeys[key] {
            if let other = exact.otherLanguage { foreignKeys[other, default: 0] += 1 }
            return exact.disease
        }
        switch resolver.resolve(key, language: file.language) {
        case .direct(let id): return id
        case .promptListFallback(let id):
            content.fallbackKeys[key] = id
            return id
        case .unknown:
            content.problems.append(DataProblem(.error, path: path, place: "key \(quoted(key))",
                                                reason: "unknown disease (\(file.language.rawValue)); its entries are skipped"))
            return nil
        }
    }

    /// `[[demographic, [values]], …]`
    private mutating func readListDisease(_ cursor: inout JSONCursor, disease: DiseaseID,
                                          key: String) throws(JSONSyntaxError) {
        guard try expectContainer(&cursor, UInt8(ascii: "["), place: "key \(quoted(key))", what: "entries") else { return }
        try cursor.enter(UInt8(ascii: "["))
        var isFirst = true
        while try cursor.hasNext(closing: UInt8(ascii: "]"), isFirst: &isFirst) {
            guard try expectContainer(&cursor, UInt8(ascii: "["), place: "key \(quoted(key))", what: "entry elements") else {
                continue
            }
            try cursor.enter(UInt8(ascii: "["))
            guard cursor.peek() == UInt8(ascii: "\"") else {
                content.problems.append(DataProblem(.error, path: path, place: "key \(quoted(key))",
                                                    reason: "entry is not [demographic, [values]]; skipped"))
                try cursor.skipRest(closing: UInt8(ascii: "]"), isFirst: true)
                continue
            }
            let (label, demographic) = try readLabel(&cursor)
            var innerFirst = false
            guard try cursor.hasNext(closing: UInt8(ascii: "]"), isFirst: &innerFirst) else {
                content.problems.append(DataProblem(.error, path: path, place: Place(key: key, label: label).text,
                                                    reason: "entry has no values; skipped"))
                continue
            }
            try readEntry(&cursor, disease: disease, key: key, label: label, demographic: demographic)
            if try cursor.hasNext(closing: UInt8(ascii: "]"), isFirst: &innerFirst) {
                content.problems.append(DataProblem(.warning, path: path, place: Place(key: key, label: label).text,
                                                    reason: "entry has extra elements after the values; ignored"))
                try cursor.skipValue()
                try cursor.skipRest(closing: UInt8(ascii: "]"), isFirst: false)
            }
        }
    }

    /// `{demographic: [[values], …]}`
    private mutating func readCohereDisease(_ cursor: inout JSONCursor, disease: DiseaseID,
                                            key: String) throws(JSONSyntaxError) {
        guard try expectContainer(&cursor, UInt8(ascii: "{"), place: "key \(quoted(key))", what: "entries") else { return }
        try cursor.enter(UInt8(ascii: "{"))
        var isFirst = true
        while try cursor.hasNext(closing: UInt8(ascii: "}"), isFirst: &isFirst) {
            let (label, demographic) = try readLabel(&cursor)
            try cursor.expect(UInt8(ascii: ":"), "':' after key")
            guard try expectContainer(&cursor, UInt8(ascii: "["), place: Place(key: key, label: label).text,
                                      what: "entries") else { continue }
            try cursor.enter(UInt8(ascii: "["))
            var innerFirst = true
            while try cursor.hasNext(closing: UInt8(ascii: "]"), isFirst: &innerFirst) {
                try readEntry(&cursor, disease: disease, key: key, label: label, demographic: demographic)
            }
        }
    }
}
