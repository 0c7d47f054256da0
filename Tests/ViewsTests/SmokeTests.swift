import Testing
@testable import Views

@Test func moduleBuilds() {
    #expect(Bool(true))
}
