// Two LAPACK routines, for the closed-form solutions of linear regression:
//   solve        A x = b for a square A (LU factorisation, sgesv)
//   leastSquares min ‖A x − b‖² for a tall A (QR factorisation, sgels)
// LAPACK stores matrices column-major; a row-major matrix read column-major is its
// transpose, so each matrix is transposed on the way in and out.
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// Why a linear system could not be solved.
public enum LinearAlgebraError: Error, CustomStringConvertible, Equatable {
    /// The matrix is singular: U(i, i) is exactly zero in its LU factorisation.
    case singular(operation: String, shape: [Int], pivot: Int)
    /// The matrix does not have full column rank.
    case rankDeficient(operation: String, shape: [Int])

    public var description: String {
        switch self {
        case let .singular(operation, shape, pivot):
            return "\(operation): the \(shape) matrix is singular (pivot \(pivot) is zero); "
                + "its columns are linearly dependent, so add regularisation (ridge) or remove a feature"
        case let .rankDeficient(operation, shape):
            return "\(operation): the \(shape) matrix does not have full column rank; "
                + "some features are linear combinations of others"
        }
    }
}

/// Column-major storage of a matrix or vector for LAPACK, with its number of columns.
private func columnMajor(_ t: Tensor) -> (scalars: [Float], columns: Int) {
    t.rank == 1 ? (t.scalars, 1) : (t.transposed().scalars, t.shape[1])
}

/// The solution x of the square system a x = b.
///
/// Shapes: a [n, n], b [n] or [n, r]; x has b's shape.
public func solve(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    precondition(a.rank == 2 && a.shape[0] == a.shape[1],
                 "solve: needs a square matrix, got shape \(a.shape)")
    precondition((b.rank == 1 || b.rank == 2) && b.shape[0] == a.shape[0],
                 "shape mismatch in solve: \(a.shape) against right-hand side \(b.shape)")
    var n = Int32(a.shape[0])
    var matrix = columnMajor(a).scalars
    var (rhs, columns) = columnMajor(b)
    var rhsCount = Int32(columns), lda = n, ldb = n, info: Int32 = 0
    var pivots = [Int32](repeating: 0, count: a.shape[0])
    sgesv_(&n, &rhsCount, &matrix, &lda, &pivots, &rhs, &ldb, &info)
    precondition(info >= 0, "solve: LAPACK sgesv rejected argument \(-info)")
    if info > 0 { throw LinearAlgebraError.singular(operation: "solve", shape: a.shape, pivot: Int(info)) }
    if b.rank == 1 { return Tensor(rhs) }
    return Tensor(shape: [b.shape[1], b.shape[0]], scalars: rhs).transposed()
}

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
