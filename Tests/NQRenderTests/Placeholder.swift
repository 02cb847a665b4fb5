import Testing
@testable import NQRender

