/// The layers an analysis makes beyond an article's layout, language and date: a stream that
/// hands out rows of one collection (`nq export sentences`) needs only some of them.
public struct AnalysisLayers: OptionSet, Sendable {
    public let rawValue: UInt8

    /// Creates a set of layers from its bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Entities, quotations and their speakers (which also count as entities' mentions).
    public static let speech = AnalysisLayers(rawValue: 1 << 0)
    /// Figures: amounts, percentages, counts.
    public static let figures = AnalysisLayers(rawValue: 1 << 1)
    /// Dates.
    public static let dates = AnalysisLayers(rawValue: 1 << 2)
    /// Every layer: what a load makes.
    public static let all: AnalysisLayers = [.speech, .figures, .dates]
}
