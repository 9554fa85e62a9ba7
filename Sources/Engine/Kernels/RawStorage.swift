// Raw storage for the recurrent layers' loops: the first element of each tensor's buffer,
// for loops that run over pointers and share them out between the cores. Pointers are not
// Sendable, so the closures that cross to another core rebind them as unchecked.

import Tensors

/// Calls `body` with the first element of each tensor's storage.
package func withPointers<R>(_ a: Tensor, _ b: Tensor, _ body: (UnsafePointer<Float>, UnsafePointer<Float>) -> R) -> R {
    a.withUnsafeScalars { a in b.withUnsafeScalars { b in body(a.baseAddress!, b.baseAddress!) } }
}

package func withPointers<R>(_ a: Tensor, _ b: Tensor, _ c: Tensor,
                     _ body: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>) -> R) -> R {
    withPointers(a, b) { a, b in c.withUnsafeScalars { body(a, b, $0.baseAddress!) } }
}

package func withPointers<R>(_ a: Tensor, _ b: Tensor, _ c: Tensor, _ d: Tensor,
                     _ body: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>) -> R) -> R {
    withPointers(a, b, c) { a, b, c in d.withUnsafeScalars { body(a, b, c, $0.baseAddress!) } }
}

/// Calls `body` with the first element of each tensor's storage, to be written.
package func withMutablePointers<R>(_ a: inout Tensor, _ b: inout Tensor,
                            _ body: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>) -> R) -> R {
    a.withUnsafeMutableScalars { a in b.withUnsafeMutableScalars { body(a.baseAddress!, $0.baseAddress!) } }
}

package func withMutablePointers<R>(_ a: inout Tensor, _ b: inout Tensor, _ c: inout Tensor,
                            _ body: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>) -> R) -> R {
    withMutablePointers(&a, &b) { a, b in c.withUnsafeMutableScalars { body(a, b, $0.baseAddress!) } }
}

package func withMutablePointers<R>(_ a: inout Tensor, _ b: inout Tensor, _ c: inout Tensor, _ d: inout Tensor,
                            _ body: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>,
                                     UnsafeMutablePointer<Float>) -> R) -> R {
    withMutablePointers(&a, &b, &c) { a, b, c in d.withUnsafeMutableScalars { body(a, b, c, $0.baseAddress!) } }
}
