// Standard output, line by line. When output goes to a file, the C library collects it in
// a buffer of a few kilobytes, and a run stopped by Ctrl-C or SIGTERM loses everything
// still in there: a log of a long run stopped early would be empty.
import Foundation

/// Makes `print` reach standard output at the end of every line, wherever it goes.
public func makeStandardOutputLineBuffered() {
    // Swift 6 does not let code read C's global `stdout` (shared mutable state), so the
    // stream is looked up by its symbol, once, before anything is printed.
    #if canImport(Darwin)
    let (everywhere, name) = (UnsafeMutableRawPointer(bitPattern: -2), "__stdoutp")   // RTLD_DEFAULT
    #else
    let (everywhere, name): (UnsafeMutableRawPointer?, String) = (nil, "stdout")      // RTLD_DEFAULT
    #endif
    guard let symbol = dlsym(everywhere, name) else { return }
    let stream = symbol.load(as: UnsafeMutablePointer<FILE>?.self)
    setvbuf(stream, nil, _IOLBF, 0)
}
