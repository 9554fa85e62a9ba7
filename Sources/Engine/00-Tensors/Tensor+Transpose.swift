// Transposition of a matrix. Products never need it (`matmul` takes transpose flags);
// it is for building matrices and for display.

extension Tensor {
    /// The transpose of a matrix: shape [m, n] becomes [n, m], element (i, j) moves to (j, i).
    /// A vector is returned unchanged.
    public func transposed() -> Tensor {
        if rank == 1 { return self }
        require(rank == 2, "transposed: needs a matrix, got shape \(shape)")
        let (m, n) = (shape[0], shape[1])
        var out = Tensor.zeros([n, m])
        // Blocks of 32 × 32 keep both the rows read and the rows written in cache.
        let block = 32
        withUnsafeScalars { src in
            out.withUnsafeMutableScalars { dst in
                for i0 in stride(from: 0, to: m, by: block) {
                    for j0 in stride(from: 0, to: n, by: block) {
                        for i in i0..<Swift.min(i0 + block, m) {
                            let row = src.baseAddress! + i * n
                            for j in j0..<Swift.min(j0 + block, n) { dst[j &* m &+ i] = row[j] }
                        }
                    }
                }
            }
        }
        return out
    }
}
