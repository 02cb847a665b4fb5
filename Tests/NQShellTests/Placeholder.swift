import Testing
@testable import NQShell

