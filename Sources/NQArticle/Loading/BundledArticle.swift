import Foundation

/// The demo article that ships with nq, loaded when no article is given.
public enum BundledArticle {
    /// The demo article's id.
    public static let id = "nato-rutte-trump"

    /// The path of the bundled demo article, if the resource bundle is present.
    public static var path: String? {
        Bundle.module.path(forResource: id, ofType: "txt", inDirectory: "Resources")
    }
}
