import Analysis

/// Writes imported logits in the upstream HF layout, `{disease: [[demographic, [20 logits]], …]}`, with keys the
/// loader maps back to the same disease: the canonical name in English files; in other languages a name of the
/// translation table (the language's prompt name when the table has it), else the prompt name; demographics by the
/// study's label in the file's language (the loader checks that a file's labels match its name). Logits in Swift's
/// shortest exact form, `NaN` for a missing one.
struct LogitJSONWriter {
    let vocabulary: Vocabulary
    let translations: TranslationTable

    func json(_ logits: ImportedLogits) -> [UInt8] {
        let configuration = logits.configuration
        var out: [UInt8] = [UInt8(ascii: "{")]
        var first = true
        for disease in vocabulary.diseaseIDsByName {
            guard let entries = logits.entries[disease] else { continue }
            if !first { out += Array(", ".utf8) }
            first = false
            appendString(key(disease, language: configuration.language), to: &out)
            out += Array(": [".utf8)
            var firstEntry = true
            for (index, demographic) in configuration.group.demographics.enumerated() {
                guard let values = entries[index] else { continue }
                if !firstEntry { out += Array(", ".utf8) }
                firstEntry = false
                out.append(UInt8(ascii: "["))
                appendString(LabelLanguage.label(demographic, in: configuration.language), to: &out)
                out += Array(", [".utf8)
                out += Array(values.map { $0.isNaN ? "NaN" : "\($0)" }.joined(separator: ", ").utf8)
                out += Array("]]".utf8)
            }
            out.append(UInt8(ascii: "]"))
        }
        out += Array("}\n".utf8)
        return out
    }

    func key(_ disease: DiseaseID, language: Language) -> String {
        let english = vocabulary.diseases[disease].name
        guard language != .en else { return english }
        let prompt = vocabulary.promptNames[language].flatMap { disease < $0.count ? $0[disease] : nil }
        let translated = translations.toEnglish.filter { vocabulary.disease(named: $0.value) == disease }.map(\.key)
        if let prompt, translated.contains(prompt.trimmingSpaces()) { return prompt.trimmingSpaces() }
        return translated.min() ?? prompt?.trimmingSpaces() ?? english
    }

    /// A JSON string: quotes, backslashes and control characters escaped, other text as UTF-8.
    func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
