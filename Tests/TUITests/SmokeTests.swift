import Testing
@testable import TUI

@Test func moduleBuilds() {
    #expect(Bool(true))
}
