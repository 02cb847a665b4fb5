/// The demo article that ships with nq, compiled into the binary and loaded when no article is
/// given.
public enum BundledArticle {
    /// The demo article's id.
    public static let id = "nato-rutte-trump"

    /// What its `source` field says: it comes from no file.
    public static let source = "<bundled>"

    /// The demo article's text.
    public static var text: ArticleText { ArticleText(bytes: EmbeddedResources.demoArticle) }

    /// The demo article's file in the source tree, for tests that read it as a file (nil when
    /// the source tree is not where it was at build time). The binary itself never reads it.
    public static var path: String? {
        let file = #filePath
        guard let cut = file.range(of: "/Loading/", options: .backwards) else { return nil }
        let path = String(file[..<cut.lowerBound]) + "/Resources/\(id).txt"
        return ArticleLoader.isReadableFile(path) ? path : nil
    }
}
