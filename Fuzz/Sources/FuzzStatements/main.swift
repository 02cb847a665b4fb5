import CLibFuzzer
import Foundation
import NQLanguage

/// The demo article, analysed once for every input.
nonisolated(unsafe) let corpus = FuzzPipelines.demoCorpus()

guard corpus.count == 1 else {
    FileHandle.standardError.write("FuzzStatements: the bundled demo article did not load\n".data(using: .utf8)!)
    exit(2)
}

// One statement text per call; libFuzzer reads its options and corpus folders from the arguments.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzPipelines.runStatements(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [], over: corpus)
        return 0
    })
