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

    /// The language of a recognised label (English for every label that is not one of the translated ones).
    static func of(_ label: String) -> Language {
        foreign[label.trimmingSpaces().lowercased()] ?? .en
    }
}
