// Least squares with LAPACK (QR factorisation, sgels): min ‖A x − b‖² for a tall A, the
// closed-form fit of linear regression without forming the normal equations.
// LAPACK stores matrices column-major (see `columnMajor` beside `solve`).
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif
import Tensors

/// The least-squares solution x minimising ‖a x − b‖², for a with at least as many rows
/// as columns and full column rank.
///
/// Shapes: a [m, n] with m ≥ n, b [m] or [m, r]; x is [n] or [n, r].
/// QR works on a itself; forming aᵀa, as the normal equations do, squares its condition
/// number, which Float cannot afford for polynomial features (chapter 02's notes).
public func leastSquares(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    precondition(a.rank == 2 && a.shape[0] >= a.shape[1],
                 "leastSquares: needs a matrix with at least as many rows as columns, got shape \(a.shape)")
    precondition((b.rank == 1 || b.rank == 2) && b.shape[0] == a.shape[0],
                 "shape mismatch in leastSquares: \(a.shape) against right-hand side \(b.shape)")
    var trans = Int8(UInt8(ascii: "N"))
    var m = Int32(a.shape[0]), n = Int32(a.shape[1])
    var matrix = columnMajor(a).scalars
    var (rhs, columns) = columnMajor(b)
    var rhsCount = Int32(columns), lda = m, ldb = m, info: Int32 = 0
    // First call: ask for the optimal workspace size.
    var workSize: Float = 0
    var query: Int32 = -1
    sgels_(&trans, &m, &n, &rhsCount, &matrix, &lda, &rhs, &ldb, &workSize, &query, &info)
    var lwork = Int32(workSize)
    var work = [Float](repeating: 0, count: Int(lwork))
    sgels_(&trans, &m, &n, &rhsCount, &matrix, &lda, &rhs, &ldb, &work, &lwork, &info)
    precondition(info >= 0, "leastSquares: LAPACK sgels rejected argument \(-info)")
    if info > 0 { throw LinearAlgebraError.rankDeficient(operation: "leastSquares", shape: a.shape) }
    // The first n rows of each column of rhs hold the solution.
    let rows = a.shape[1]
    var solution = [Float](repeating: 0, count: rows * columns)
    for c in 0..<columns {
        for r in 0..<rows { solution[c * rows + r] = rhs[c * a.shape[0] + r] }
    }
    if b.rank == 1 { return Tensor(solution) }
    return Tensor(shape: [columns, rows], scalars: solution).transposed()
}
