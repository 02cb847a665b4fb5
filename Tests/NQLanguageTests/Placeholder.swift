import Testing
@testable import NQLanguage

