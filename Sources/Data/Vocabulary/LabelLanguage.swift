import Analysis

/// Which prompt language a demographic label is written in: the study's labels of the four languages share no
/// word, so a file's labels tell its language (a Spanish file copied over the French one has Spanish labels).
enum LabelLanguage {
    static let foreign: [String: Language] = {
        var table: [String: Language] = [:]
        for label in ["男性", "女性", "非二元", "白人", "黑人", "亚洲人", "西班牙裔", "土著人", "太平洋岛民"] { table[label] = .zh }
        for label in ["masculinos", "masculino", "femeninos", "femenino", "no binarios", "no binario", "blanco",
                      "negro", "asiático", "hispano", "indígena", "isleño del pacífico"] { table[label] = .es }
        for label in ["masculin", "féminin", "non-binaire", "blanc", "noir", "asiatique", "hispanique", "indigène",
                      "insulaire du pacifique"] { table[label] = .fr }
        return table
    }()

    /// The study's label of a demographic in a prompt language (section2.md §1.4), as the upstream files write it.
    static func label(_ demographic: Demographic, in language: Language) -> String {
        let labels: [Language: [Demographic: String]] = [
            .zh: [.male: "男性", .female: "女性", .nonBinary: "非二元", .white: "白人", .black: "黑人", .asian: "亚洲人",
                  .hispanic: "西班牙裔", .indigenous: "土著人", .pacificIslander: "太平洋岛民"],
            .es: [.male: "masculinos", .female: "femeninos", .nonBinary: "no binarios", .white: "blanco",
                  .black: "negro", .asian: "asiático", .hispanic: "hispano", .indigenous: "indígena",
                  .pacificIslander: "isleño del Pacífico"],
            .fr: [.male: "masculin", .female: "féminin", .nonBinary: "non-binaire", .white: "blanc", .black: "noir",
                  .asian: "asiatique", .hispanic: "hispanique", .indigenous: "indigène",
                  .pacificIslander: "insulaire du Pacifique"],
        ]
        return labels[language]?[demographic] ?? demographic.label
    }

    /// The language of a recognised label (English for every label that is not one of the translated ones).
    static func of(_ label: String) -> Language {
        foreign[label.trimmingSpaces().lowercased()] ?? .en
    }
}
