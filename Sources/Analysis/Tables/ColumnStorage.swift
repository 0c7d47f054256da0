/// The values of one column of a `TypedTable`, stored by kind (column-major): integers, doubles, or text as codes
/// into a list of distinct values. The kind is set by the first value that is not missing; a later value of a wider
/// kind widens the column (integer → real → text; a number in a text column is stored as its CSV text), so the CSV
/// bytes never depend on the kind.
struct ColumnStorage: Sendable {
    enum Kind: Sendable, Hashable {
        case undetermined, integer, real, text
    }

    static let missingInteger = Int.min
    static let missingCode = UInt32.max
    /// Text values are interned (one copy of a repeated value) while there are at most this many distinct ones;
    /// beyond, new values are appended as they come (a column of ~unique keys holds no index).
    static let internLimit = 4_096

    private(set) var kind = Kind.undetermined
    private(set) var count = 0
    private(set) var integers: [Int] = []
    private(set) var reals: [Double] = []
    private(set) var codes: [UInt32] = []
    private(set) var texts: [String] = []
    private var index: [String: UInt32] = [:]
    private var lastCode = ColumnStorage.missingCode
    private var reserved = 0

    init(reservingRows rows: Int = 0) { reserved = rows }

    mutating func appendMissing() {
        switch kind {
        case .undetermined: break
        case .integer: integers.append(ColumnStorage.missingInteger)
        case .real: reals.append(.nan)
        case .text: codes.append(ColumnStorage.missingCode)
        }
        count += 1
    }

    mutating func append(integer value: Int) {
        switch kind {
        case .undetermined:
            become(.integer)
            integers.append(value)
        case .integer: integers.append(value)
        case .real: reals.append(Double(value))
        case .text: appendCode(intern(String(value)))
        }
        count += 1
    }

    /// A double; not finite = missing.
    mutating func append(real value: Double) {
        guard value.isFinite else { return appendMissing() }
        switch kind {
        case .undetermined:
            become(.real)
            reals.append(value)
        case .integer:
            widen(to: .real)
            reals.append(value)
        case .real: reals.append(value)
        case .text: appendCode(intern(CSVEncoder.format(value)))
        }
        count += 1
    }

    mutating func append(text value: String) {
        if kind != .text { widen(to: .text) }
        appendCode(intern(value))
        count += 1
    }

    /// The value of row `row` as a cell.
    func cell(_ row: Int) -> TableCell {
        switch kind {
        case .undetermined: return .missing
        case .integer:
            let value = integers[row]
            return value == ColumnStorage.missingInteger ? .missing : .integer(value)
        case .real: return .value(reals[row])
        case .text:
            let code = codes[row]
            return code == ColumnStorage.missingCode ? .missing : .text(texts[Int(code)])
        }
    }

    /// The number of row `row` (integers as doubles); nil for missing and text.
    func number(_ row: Int) -> Double? {
        switch kind {
        case .integer:
            let value = integers[row]
            return value == ColumnStorage.missingInteger ? nil : Double(value)
        case .real: return reals[row].isFinite ? reals[row] : nil
        case .undetermined, .text: return nil
        }
    }

    /// The text of row `row`; nil for missing and numeric columns.
    func text(_ row: Int) -> String? {
        guard kind == .text else { return nil }
        let code = codes[row]
        return code == ColumnStorage.missingCode ? nil : texts[Int(code)]
    }

    private mutating func appendCode(_ code: UInt32) {
        codes.append(code)
        lastCode = code
    }

    /// The code of `value`: the previous row's when equal (the common case), else its interned code.
    private mutating func intern(_ value: String) -> UInt32 {
        if lastCode != ColumnStorage.missingCode, texts[Int(lastCode)] == value { return lastCode }
        if let code = index[value] { return code }
        let code = UInt32(texts.count)
        texts.append(value)
        if index.count < ColumnStorage.internLimit { index[value] = code }
        return code
    }

    /// Sets the kind of a column that held only missing values so far.
    private mutating func become(_ new: Kind) {
        kind = new
        switch new {
        case .undetermined: break
        case .integer:
            integers.reserveCapacity(max(reserved, count + 1))
            integers.append(contentsOf: repeatElement(ColumnStorage.missingInteger, count: count))
        case .real:
            reals.reserveCapacity(max(reserved, count + 1))
            reals.append(contentsOf: repeatElement(.nan, count: count))
        case .text:
            codes.reserveCapacity(max(reserved, count + 1))
            codes.append(contentsOf: repeatElement(ColumnStorage.missingCode, count: count))
        }
    }

    /// Widens an integer or real column (or sets an undetermined one) to `new`.
    private mutating func widen(to new: Kind) {
        switch (kind, new) {
        case (.undetermined, _): become(new)
        case (.integer, .real):
            reals.reserveCapacity(max(reserved, count + 1))
            reals = integers.map { $0 == ColumnStorage.missingInteger ? .nan : Double($0) }
            integers = []
            kind = .real
        case (.integer, .text), (.real, .text):
            let old = (0..<count).map { cell($0) }
            integers = []
            reals = []
            kind = .text
            codes.reserveCapacity(max(reserved, count + 1))
            for value in old {
                switch value {
                case .integer(let number): appendCode(intern(String(number)))
                case .number(let number): appendCode(intern(CSVEncoder.format(number)))
                case .text(let text): appendCode(intern(text))
                case .missing: codes.append(ColumnStorage.missingCode)
                }
            }
        default: break
        }
    }
}
