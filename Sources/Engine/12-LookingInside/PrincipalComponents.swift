// Principal component analysis: the directions along which a set of vectors varies most are
// the eigenvectors of their covariance matrix with the largest eigenvalues (Pearson 1901;
// Hotelling 1933). Here it draws the features a network computes before its last layer in two
// dimensions. Section 6 of chapters/12-looking-inside/README.md.
//
// Shapes: features X [n, d]; mean μ [d]; covariance C = (X − μ)ᵀ(X − μ) / (n − 1) [d, d];
// components [k, d], one per row, largest variance first; projection (X − μ) Vᵀ [n, k].
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// The eigenvalues of the symmetric matrix `a` [d, d], ascending, and its unit eigenvectors as
/// the rows of [d, d] in the same order (LAPACK's ssyev).
public func symmetricEigen(_ a: Tensor) -> (values: [Float], vectors: Tensor) {
    require(a.rank == 2 && a.shape[0] == a.shape[1] && a.shape[0] > 0, "symmetricEigen: needs a square matrix, got \(a.shape)")
    var n = Int32(a.shape[0]), lda = Int32(a.shape[0]), info: Int32 = 0
    // A symmetric matrix reads the same row- or column-major; the eigenvectors come back as the
    // columns of a column-major matrix, which read row-major are its rows.
    var matrix = a.scalars
    var values = [Float](repeating: 0, count: a.shape[0])
    var size: Float = 0, query: Int32 = -1
    ssyev_("V", "U", &n, &matrix, &lda, &values, &size, &query, &info)
    var lwork = Int32(size)
    var work = [Float](repeating: 0, count: Int(lwork))
    ssyev_("V", "U", &n, &matrix, &lda, &values, &work, &lwork, &info)
    require(info == 0, "symmetricEigen: LAPACK ssyev " + (info < 0 ? "rejected argument \(-info)" : "did not converge (\(info))"))
    return (values, Tensor(shape: a.shape, scalars: matrix))
}

/// The first `count` principal components of a set of vectors.
public struct PrincipalComponents: Sendable {
    /// The vectors' mean μ [d].
    public let mean: Tensor
    /// The components [count, d], unit vectors, largest variance first.
    public let components: Tensor
    /// The variance along each component: the covariance's largest eigenvalues.
    public let variances: [Float]
    /// The total variance, the trace of the covariance: what all d components would explain.
    public let totalVariance: Float

    /// Fitted to `x` [n, d], n ≥ 2.
    public init(fitting x: Tensor, count: Int) {
        require(x.rank == 2 && x.shape[0] >= 2 && count >= 1 && count <= x.shape[1],
                "PrincipalComponents: needs vectors [n ≥ 2, d] and 1 ≤ count ≤ d, got \(x.shape) and \(count)")
        mean = x.mean(alongAxis: 0)
        let centred = x - mean
        let covariance = matmul(centred.transposed(), centred) / Float(x.shape[0] - 1)
        let (values, vectors) = symmetricEigen(covariance)
        // ssyev sorts ascending: the last rows are the largest.
        let d = x.shape[1]
        let largest = Array((d - count..<d).reversed())
        components = vectors.rows(largest)
        variances = largest.map { values[$0] }
        totalVariance = (0..<d).reduce(0) { $0 + covariance[$1, $1] }
    }

    /// The coordinates of `x` [n, d] along the components: (x − μ) Vᵀ, [n, count].
    public func project(_ x: Tensor) -> Tensor { matmul(x - mean, components.transposed()) }
}
