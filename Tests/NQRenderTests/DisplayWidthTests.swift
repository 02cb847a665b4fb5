import Testing

@testable import NQRender

@Suite struct DisplayWidthTests {
  @Test func asciiCountsOneEach() {
    #expect(DisplayWidth.of("quotes where") == 12)
  }
}
