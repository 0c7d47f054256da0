import Testing
@testable import Analysis

@Test func moduleBuilds() {
    #expect(Bool(true))
}
