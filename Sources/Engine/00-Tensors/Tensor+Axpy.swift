// y ← y + α x in place, through BLAS's saxpy: the update of every gradient-descent step,
// without a temporary tensor for α x.
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

extension Tensor {
    /// Adds `alpha × other` to this tensor in place; both have the same shape.
    public mutating func add(_ other: Tensor, scaledBy alpha: Float) {
        require(other.shape == shape, "shape mismatch in add(_:scaledBy:): \(shape) and \(other.shape)")
        let n = Int32(count)
        other.withUnsafeScalars { x in
            withUnsafeMutableScalars { y in
                cblas_saxpy(n, alpha, x.baseAddress, 1, y.baseAddress, 1)
            }
        }
    }
}
