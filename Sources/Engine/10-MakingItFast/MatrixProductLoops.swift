// The matrix product written three ways, slowest first (chapters/10-making-it-fast/README.md,
// section 3). All three compute C = A B for A [m, k] and B [k, n]; they differ only in the
// order they visit the m·k·n multiply-adds, and so in how often a value comes from memory.

/// C[i, j] = Σ_p A[i, p] B[p, j], one entry at a time: the inner loop walks B down a column,
/// a new cache line for every multiply-add.
public func matrixProductByDotProducts(_ a: Tensor, _ b: Tensor) -> Tensor {
    let (m, k, n) = productSizes(a, b, "matrixProductByDotProducts")
    return withBuffers(a, b, m: m, n: n) { x, y, c in
        for i in 0..<m {
            for j in 0..<n {
                var total: Float = 0
                for p in 0..<k { total += x[i * k + p] * y[p * n + j] }
                c[i * n + j] = total
            }
        }
    }
}

/// The same sum with the loops in the order i, p, j: the inner loop runs along a row of B and
/// a row of C, contiguous, and the compiler can use vectors. Each row of B is still read again
/// for every row of A.
public func matrixProductByRows(_ a: Tensor, _ b: Tensor) -> Tensor {
    let (m, k, n) = productSizes(a, b, "matrixProductByRows")
    return withBuffers(a, b, m: m, n: n) { x, y, c in
        for i in 0..<m {
            let rowOfC = c + i * n
            for p in 0..<k {
                let (aip, rowOfB) = (x[i * k + p], y + p * n)
                for j in 0..<n { rowOfC[j] += aip * rowOfB[j] }
            }
        }
    }
}

/// The same sum cut into blocks of `blockSize` rows of A, `blockSize` of the inner dimension and
/// `blockSize` columns of B: a block of B is used for every row of a block of A while it is in
/// cache. Blocks at the edges are smaller when a size does not divide. This is exercise 10.1.
public func blockedMatrixProduct(_ a: Tensor, _ b: Tensor, blockSize: Int) -> Tensor {
    let (m, k, n) = productSizes(a, b, "blockedMatrixProduct")
    require(blockSize > 0, "blockedMatrixProduct: the block size must be at least 1, got \(blockSize)")
    return withBuffers(a, b, m: m, n: n) { x, y, c in
        for i0 in stride(from: 0, to: m, by: blockSize) {
            for p0 in stride(from: 0, to: k, by: blockSize) {
                for j0 in stride(from: 0, to: n, by: blockSize) {
                    // One block of C gets one block of A times one block of B added to it.
                    for i in i0..<min(i0 + blockSize, m) {
                        let rowOfC = c + i * n
                        for p in p0..<min(p0 + blockSize, k) {
                            let (aip, rowOfB) = (x[i * k + p], y + p * n)
                            for j in j0..<min(j0 + blockSize, n) { rowOfC[j] += aip * rowOfB[j] }
                        }
                    }
                }
            }
        }
    }
}

/// (m, k, n) for A [m, k] and B [k, n], or a stop naming both shapes.
func productSizes(_ a: Tensor, _ b: Tensor, _ function: String) -> (m: Int, k: Int, n: Int) {
    require(a.rank == 2 && b.rank == 2 && a.shape[1] == b.shape[0],
            "\(function): needs A [m, k] and B [k, n], got \(a.shape) and \(b.shape)")
    return (a.shape[0], a.shape[1], b.shape[1])
}

/// C [m, n], zeros, filled by `body` from the storage of A and B. The loops work on pointers
/// to the storage rather than on arrays: an array checks every index, and the index arithmetic
/// `i * n + j` checks for overflow, and either check keeps the compiler from turning the inner
/// loop into vector instructions. With a pointer to the row, `rowOfC[j]`, neither is left
/// (chapters/10-making-it-fast/README.md, section 7).
func withBuffers(_ a: Tensor, _ b: Tensor, m: Int, n: Int,
                 _ body: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) -> Tensor {
    var c = Tensor.zeros([m, n])
    guard m > 0 && n > 0 && a.count > 0 else { return c }
    a.withUnsafeScalars { x in
        b.withUnsafeScalars { y in c.withUnsafeMutableScalars { c in body(x.baseAddress!, y.baseAddress!, c.baseAddress!) } }
    }
    return c
}

/// The floating-point operations of a product [m, k] · [k, n]: a multiply-add counts as two.
public func matrixProductFLOP(m: Int, k: Int, n: Int) -> Double { 2 * Double(m) * Double(k) * Double(n) }
