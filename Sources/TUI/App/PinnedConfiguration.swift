import Analysis
import Views

/// The logit configuration pinned by `P` (pin-configuration): the effective logit type, context and templates of
/// the view it was pinned on, laid over every view so views compare like with like.
public struct PinnedConfiguration: Sendable, Hashable {
    public var logitType: LogitType?
    public var context: PromptContext?

    public func apply(to filters: inout ViewFilters) {
        if let logitType { filters.logitType = logitType }
        if let context { filters.context = context }
    }
}
