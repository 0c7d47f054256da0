/// A key press, decoded from the terminal (curses key codes and characters) into names the key table binds.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl plus a letter (`control("c")` is Ctrl-C, byte 0x03).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete

    /// Display name used by the help overlay and the status-line hints (`j`, `Down`, `C-c`, `Tab`, `S-Tab`).
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "C-\(letter)"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        }
    }
}
