// Stopping on bad input with a message, in every build.

/// Stops with `message` when `condition` is false. Unlike `precondition`, whose message an
/// optimised build leaves out, this says what went wrong in every build: the tensor module
/// and the modules from chapter 06 on are optimised even in debug builds (Package.swift).
@inline(__always)
package func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
             file: StaticString = #file, line: UInt = #line) {
    if !condition() { fatalError(message(), file: file, line: line) }
}
