/// The ways results can be printed.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, json, jsonl, csv, markdown
}
