// The matrix product, through OpenBLAS's sgemm, and the plain loop it is tested against.
//
// Shapes: a [m, k] and b [k, n] give [m, n]. With `transposeA` the stored a is [k, m] and
// its transpose is used; likewise `transposeB` (stored b is [n, k]). BLAS reads the
// transposed operand in place, so no copy is made.
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// The shapes (m, k, n) of op(a) · op(b), or a stop naming both shapes and the operation.
private func productShape(_ a: Tensor, _ b: Tensor, transposeA: Bool, transposeB: Bool,
                          _ operation: String) -> (m: Int, k: Int, n: Int) {
    require(a.rank == 2 && b.rank == 2,
                 "\(operation): needs two matrices, got shapes \(a.shape) and \(b.shape)")
    let (m, k) = transposeA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
    let (k2, n) = transposeB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
    require(k == k2, "shape mismatch in \(operation): \(a.shape)\(transposeA ? "ᵀ" : "") × "
                 + "\(b.shape)\(transposeB ? "ᵀ" : ""): inner dimensions \(k) and \(k2) differ")
    return (m, k, n)
}

/// The matrix product op(a) · op(b), where op transposes when asked.
///
/// A vector is treated as a matrix of one column on the right ([k] → [k, 1]) or one row
/// on the left ([k] → [1, k]), and the result drops that dimension again: X [n, d] times
/// w [d] gives [n].
public func matmul(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false) -> Tensor {
    if a.rank == 1 || b.rank == 1 {
        let left = a.rank == 1 ? a.reshaped([1, a.count]) : a
        let right = b.rank == 1 ? b.reshaped([b.count, 1]) : b
        let product = matmul(left, right, transposeA: transposeA && a.rank == 2,
                             transposeB: transposeB && b.rank == 2)
        return product.reshaped(a.rank == 1 && b.rank == 1 ? [] : [product.count])
    }
    let (m, k, n) = productShape(a, b, transposeA: transposeA, transposeB: transposeB, "matmul")
    guard m > 0 && n > 0 && k > 0 else { return Tensor.zeros([m, n]) }
    // With β = 0 the product writes every entry of c, so its storage is not zeroed first.
    return a.withUnsafeScalars { pa in
        b.withUnsafeScalars { pb in
            Tensor(shape: [m, n]) { pc in
                cblas_sgemm(CblasRowMajor,
                            transposeA ? CblasTrans : CblasNoTrans,
                            transposeB ? CblasTrans : CblasNoTrans,
                            Int32(m), Int32(n), Int32(k),
                            1, pa.baseAddress, Int32(a.shape[1]),
                            pb.baseAddress, Int32(b.shape[1]),
                            0, pc.baseAddress, Int32(n))
            }
        }
    }
}

/// The matrix product by three plain loops: the algorithm, kept as the reference the
/// BLAS path is tested against. Same shapes and transposes as `matmul`.
///
/// The loop order i, p, j walks b and c along rows, so the inner loop is contiguous.
public func naiveMatmul(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false) -> Tensor {
    let (m, k, n) = productShape(a, b, transposeA: transposeA, transposeB: transposeB, "naiveMatmul")
    var c = Tensor.zeros([m, n])
    let (aColumns, bColumns) = (a.shape[1], b.shape[1])
    a.withUnsafeScalars { pa in
        b.withUnsafeScalars { pb in
            c.withUnsafeMutableScalars { pc in
                for i in 0..<m {
                    let rowC = pc.baseAddress! + i * n
                    for p in 0..<k {
                        let aip = transposeA ? pa[p * aColumns + i] : pa[i * aColumns + p]
                        if transposeB {
                            for j in 0..<n { rowC[j] += aip * pb[j * bColumns + p] }
                        } else {
                            let rowB = pb.baseAddress! + p * bColumns
                            for j in 0..<n { rowC[j] += aip * rowB[j] }
                        }
                    }
                }
            }
        }
    }
    return c
}
