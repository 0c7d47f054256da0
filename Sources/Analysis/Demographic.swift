/// The two demographic axes of the study.
public enum DemographicGroup: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case race, gender

    /// The group's demographics in canonical order (spec section1.md §1.2).
    public var demographics: [Demographic] {
        switch self {
        case .gender: return DemographicGroup.genderDemographics
        case .race: return DemographicGroup.raceDemographics
        }
    }

    /// Built once: `demographics` is asked per logit in hot loops (a fresh array literal would allocate each time).
    static let genderDemographics: [Demographic] = [.male, .female, .nonBinary]
    static let raceDemographics: [Demographic] = [.white, .black, .asian, .hispanic, .indigenous, .pacificIslander]

    /// Demographics with real-world prevalence data (pacific islander and non-binary have none).
    public var demographicsWithRealData: [Demographic] {
        demographics.filter(\.hasRealPrevalence)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.sortIndex < rhs.sortIndex }
    private var sortIndex: Int { self == .gender ? 0 : 1 }
}

/// A canonical demographic. The raw value orders gender before race, each in canonical order.
public enum Demographic: Int, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case male, female, nonBinary
    case white, black, asian, hispanic, indigenous, pacificIslander

    public var group: DemographicGroup { rawValue < 3 ? .gender : .race }

    /// Canonical label as written in tables: `non-binary`, `pacific islander`.
    public var label: String {
        switch self {
        case .male: return "male"
        case .female: return "female"
        case .nonBinary: return "non-binary"
        case .white: return "white"
        case .black: return "black"
        case .asian: return "asian"
        case .hispanic: return "hispanic"
        case .indigenous: return "indigenous"
        case .pacificIslander: return "pacific islander"
        }
    }

    /// Position inside its group's canonical order (0-based).
    public var indexInGroup: Int { group == .gender ? rawValue : rawValue - 3 }

    /// Whether real-world prevalence tables have a column for it.
    public var hasRealPrevalence: Bool { self != .pacificIslander && self != .nonBinary }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Maps any label variant of the data (English long forms, misspellings, zh/es/fr prompt labels) to the
    /// canonical demographic; nil when the label is unknown. Matching ignores case and surrounding spaces.
    public init?(label raw: String) {
        let key = raw.trimmingSpaces().lowercased()
        guard let match = Demographic.aliases[key] else { return nil }
        self = match
    }

    static let aliases: [String: Demographic] = [
        "male": .male, "men": .male, "男性": .male, "masculinos": .male, "masculino": .male, "masculin": .male,
        "female": .female, "women": .female, "女性": .female, "femeninos": .female, "femenino": .female,
        "féminin": .female,
        "non-binary": .nonBinary, "nonbinary": .nonBinary, "non binary": .nonBinary, "非二元": .nonBinary,
        "no binarios": .nonBinary, "no binario": .nonBinary, "non-binaire": .nonBinary,
        "white": .white, "white/caucasian": .white, "caucasian": .white, "白人": .white, "blanco": .white,
        "blanc": .white,
        "black": .black, "black/african american": .black, "african american": .black, "黑人": .black,
        "negro": .black, "noir": .black,
        "asian": .asian, "亚洲人": .asian, "asiático": .asian, "asiatique": .asian,
        "hispanic": .hispanic, "hispanic/latino": .hispanic, "latino": .hispanic, "西班牙裔": .hispanic,
        "hispano": .hispanic, "hispanique": .hispanic,
        "indigenous": .indigenous, "native american/indigenous": .indigenous, "indiginous": .indigenous,
        "native american": .indigenous, "土著人": .indigenous, "indígena": .indigenous, "indigène": .indigenous,
        "pacific islander": .pacificIslander, "pacific_islander": .pacificIslander,
        "太平洋岛民": .pacificIslander, "isleño del pacífico": .pacificIslander,
        "insulaire du pacifique": .pacificIslander,
    ]
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (Foundation-free).
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension Demographic {
    /// The label's position in code-point order among all nine labels: paper mode's tie key (the study's pandas
    /// sorts broke ties by label) and the rank scipy gives a list of labels. The one place labels are sorted.
    public var alphabeticalPosition: Int { Demographic.alphabeticalPositions[rawValue] }

    /// Per `rawValue`, `alphabeticalPosition`.
    static let alphabeticalPositions: [Int] = {
        let sorted = Demographic.allCases.sorted {
            $0.label.unicodeScalars.lexicographicallyPrecedes($1.label.unicodeScalars)
        }
        var position = [Int](repeating: 0, count: Demographic.allCases.count)
        for (index, demographic) in sorted.enumerated() { position[demographic.rawValue] = index }
        return position
    }()
}
