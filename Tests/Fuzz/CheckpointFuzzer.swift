// A coverage-guided fuzzer for the checkpoint reader (libFuzzer, built by run-checkpoint-fuzzer.sh):
// every input must be refused with an error or read, never trap.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func checkpointFuzzerInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? Checkpoint(bytes: Array(UnsafeBufferPointer(start: start, count: count)), path: "fuzz.ckpt")
    return 0
}
