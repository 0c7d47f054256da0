/// Turns what `get_wch` returns (a character, or a key code when the status is KEY_CODE_YES) into a `Key`.
/// Pure: the curses key codes are the X/Open values ncurses uses, so this can be tested and fuzzed without a tty.
public enum KeyDecoder {
    /// ncurses key codes (octal in curses.h).
    enum Code {
        static let down: UInt32 = 0o402, up: UInt32 = 0o403, left: UInt32 = 0o404, right: UInt32 = 0o405
        static let home: UInt32 = 0o406, backspace: UInt32 = 0o407, delete: UInt32 = 0o512
        static let pageDown: UInt32 = 0o522, pageUp: UInt32 = 0o523, enter: UInt32 = 0o527
        static let backTab: UInt32 = 0o541, end: UInt32 = 0o550
        static let mouse: UInt32 = 0o631, resize: UInt32 = 0o632
    }

    /// A function key code (status KEY_CODE_YES); nil for codes the explorer does not use.
    public static func decode(keyCode: UInt32) -> Key? {
        switch keyCode {
        case Code.down: return .down
        case Code.up: return .up
        case Code.left: return .left
        case Code.right: return .right
        case Code.home: return .home
        case Code.end: return .end
        case Code.backspace: return .backspace
        case Code.delete: return .delete
        case Code.pageDown: return .pageDown
        case Code.pageUp: return .pageUp
        case Code.enter: return .enter
        case Code.backTab: return .backTab
        default: return nil
        }
    }

    /// A character (status OK): control bytes become named keys, invalid scalars are dropped.
    public static func decode(character value: UInt32) -> Key? {
        switch value {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
