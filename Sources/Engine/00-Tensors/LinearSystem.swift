// Solving a square linear system A x = b with LAPACK (LU factorisation, sgesv), the tool
// chapter 02's normal equations need.
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
package func columnMajor(_ t: Tensor) -> (scalars: [Float], columns: Int) {
    t.rank == 1 ? (t.scalars, 1) : (t.transposed().scalars, t.shape[1])
}

/// The solution x of the square system a x = b.
///
/// Shapes: a [n, n], b [n] or [n, r]; x has b's shape.
public func solve(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    require(a.rank == 2 && a.shape[0] == a.shape[1],
                 "solve: needs a square matrix, got shape \(a.shape)")
    require((b.rank == 1 || b.rank == 2) && b.shape[0] == a.shape[0],
                 "shape mismatch in solve: \(a.shape) against right-hand side \(b.shape)")
    var n = Int32(a.shape[0])
    var matrix = columnMajor(a).scalars
    var (rhs, columns) = columnMajor(b)
    var rhsCount = Int32(columns), lda = n, ldb = n, info: Int32 = 0
    var pivots = [Int32](repeating: 0, count: a.shape[0])
    sgesv_(&n, &rhsCount, &matrix, &lda, &pivots, &rhs, &ldb, &info)
    require(info >= 0, "solve: LAPACK sgesv rejected argument \(-info)")
    if info > 0 { throw LinearAlgebraError.singular(operation: "solve", shape: a.shape, pivot: Int(info)) }
    if b.rank == 1 { return Tensor(rhs) }
    return Tensor(shape: [b.shape[1], b.shape[0]], scalars: rhs).transposed()
}
