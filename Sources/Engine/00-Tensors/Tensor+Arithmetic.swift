// Element-wise arithmetic with broadcasting (chapter 02's notes explain the rules).
//
// Two shapes are aligned at their last dimension; along each axis the sizes must be
// equal, or one of them 1 (or missing), and that one is repeated. So a bias of shape
// [k] adds to every row of an [n, k] matrix, a column [n, 1] to every column, and a
// scalar to everything.
//
// The loops run over unsafe buffers with the row pointers hoisted, so the optimiser
// vectorises the inner loop (a subscripted [Float] loop with bounds checks would not).

extension Tensor {
    /// The shape two shapes broadcast to, or nil when they are incompatible.
    public static func broadcastShape(_ a: [Int], _ b: [Int]) -> [Int]? {
        let rank = Swift.max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for axis in 0..<rank {
            let x = axis < rank - a.count ? 1 : a[axis - (rank - a.count)]
            let y = axis < rank - b.count ? 1 : b[axis - (rank - b.count)]
            guard x == y || x == 1 || y == 1 else { return nil }
            result[axis] = x == 1 ? y : x
        }
        return result
    }

    /// Applies `combine` element by element to `a` and `b` broadcast to a common shape.
    /// `operation` names the operation in the message when the shapes do not fit.
    @inline(__always)
    static func broadcasting(_ a: Tensor, _ b: Tensor, _ operation: String,
                             _ combine: (Float, Float) -> Float) -> Tensor {
        if a.shape == b.shape {
            var out = [Float](repeating: 0, count: a.count)
            a.scalars.withUnsafeBufferPointer { pa in
                b.scalars.withUnsafeBufferPointer { pb in
                    out.withUnsafeMutableBufferPointer { po in
                        for i in 0..<po.count { po[i] = combine(pa[i], pb[i]) }
                    }
                }
            }
            return Tensor(shape: a.shape, scalars: out)
        }
        guard let shape = broadcastShape(a.shape, b.shape) else {
            fatalError("shape mismatch in \(operation): \(a.shape) and \(b.shape) do not broadcast "
                                + "(aligned from the last axis, sizes must be equal or 1)")
        }
        let rank = shape.count
        // Strides of a and b over the output's axes; 0 where the operand is repeated.
        func strides(_ s: [Int]) -> [Int] {
            var result = [Int](repeating: 0, count: rank)
            var step = 1
            for axis in stride(from: rank - 1, through: rank - s.count, by: -1) {
                let size = s[axis - (rank - s.count)]
                result[axis] = size == 1 ? 0 : step
                step *= size
            }
            return result
        }
        let strideA = strides(a.shape), strideB = strides(b.shape)
        let inner = rank == 0 ? 1 : shape[rank - 1]
        let innerA = rank == 0 ? 0 : strideA[rank - 1], innerB = rank == 0 ? 0 : strideB[rank - 1]
        let total = shape.reduce(1, *)
        var out = [Float](repeating: 0, count: total)
        guard total > 0 else { return Tensor(shape: shape, scalars: out) }
        a.scalars.withUnsafeBufferPointer { pa in
            b.scalars.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { po in
                    var index = [Int](repeating: 0, count: Swift.max(rank - 1, 0))
                    var offsetA = 0, offsetB = 0
                    for row in 0..<(total / inner) {
                        let rowA = pa.baseAddress! + offsetA, rowB = pb.baseAddress! + offsetB
                        let rowOut = po.baseAddress! + row * inner
                        switch (innerA, innerB) {
                        case (0, 0):
                            let value = combine(rowA[0], rowB[0])
                            for j in 0..<inner { rowOut[j] = value }
                        case (0, _):
                            let x = rowA[0]
                            for j in 0..<inner { rowOut[j] = combine(x, rowB[j]) }
                        case (_, 0):
                            let y = rowB[0]
                            for j in 0..<inner { rowOut[j] = combine(rowA[j], y) }
                        default:
                            for j in 0..<inner { rowOut[j] = combine(rowA[j], rowB[j]) }
                        }
                        // Advance the outer index like an odometer, updating both offsets.
                        var axis = rank - 2
                        while axis >= 0 {
                            index[axis] += 1
                            offsetA += strideA[axis]
                            offsetB += strideB[axis]
                            if index[axis] < shape[axis] { break }
                            offsetA -= strideA[axis] * shape[axis]
                            offsetB -= strideB[axis] * shape[axis]
                            index[axis] = 0
                            axis -= 1
                        }
                    }
                }
            }
        }
        return Tensor(shape: shape, scalars: out)
    }

    /// Applies `transform` to every element; the shape is kept.
    @inline(__always)
    public func map(_ transform: (Float) -> Float) -> Tensor {
        var out = [Float](repeating: 0, count: count)
        scalars.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for i in 0..<o.count { o[i] = transform(p[i]) }
            }
        }
        return Tensor(shape: shape, scalars: out)
    }

    /// Updates `self` in place from `other` of the same shape (or broadcast to it).
    @inline(__always)
    mutating func update(with other: Tensor, _ operation: String, _ combine: (Float, Float) -> Float) {
        guard other.shape == shape else {
            let result = Tensor.broadcasting(self, other, operation, combine)
            require(result.shape == shape,
                         "shape mismatch in \(operation): the result of \(shape) and \(other.shape) "
                         + "has shape \(result.shape), which does not fit in the left operand")
            self = result
            return
        }
        other.scalars.withUnsafeBufferPointer { po in
            scalars.withUnsafeMutableBufferPointer { ps in
                for i in 0..<ps.count { ps[i] = combine(ps[i], po[i]) }
            }
        }
    }

    // MARK: - Tensor and tensor

    public static func + (a: Tensor, b: Tensor) -> Tensor { broadcasting(a, b, "+") { $0 + $1 } }
    public static func - (a: Tensor, b: Tensor) -> Tensor { broadcasting(a, b, "-") { $0 - $1 } }
    /// Element-wise (Hadamard) product; the matrix product is `matmul`.
    public static func * (a: Tensor, b: Tensor) -> Tensor { broadcasting(a, b, "*") { $0 * $1 } }
    public static func / (a: Tensor, b: Tensor) -> Tensor { broadcasting(a, b, "/") { $0 / $1 } }

    public static func += (a: inout Tensor, b: Tensor) { a.update(with: b, "+=") { $0 + $1 } }
    public static func -= (a: inout Tensor, b: Tensor) { a.update(with: b, "-=") { $0 - $1 } }
    public static func *= (a: inout Tensor, b: Tensor) { a.update(with: b, "*=") { $0 * $1 } }
    public static func /= (a: inout Tensor, b: Tensor) { a.update(with: b, "/=") { $0 / $1 } }

    // MARK: - Tensor and number

    public static func + (a: Tensor, s: Float) -> Tensor { a.map { $0 + s } }
    public static func - (a: Tensor, s: Float) -> Tensor { a.map { $0 - s } }
    public static func * (a: Tensor, s: Float) -> Tensor { a.map { $0 * s } }
    public static func / (a: Tensor, s: Float) -> Tensor { a.map { $0 / s } }
    public static func + (s: Float, a: Tensor) -> Tensor { a.map { s + $0 } }
    public static func - (s: Float, a: Tensor) -> Tensor { a.map { s - $0 } }
    public static func * (s: Float, a: Tensor) -> Tensor { a.map { s * $0 } }
    public static func / (s: Float, a: Tensor) -> Tensor { a.map { s / $0 } }

    public static func += (a: inout Tensor, s: Float) { a.updateEach { $0 + s } }
    public static func -= (a: inout Tensor, s: Float) { a.updateEach { $0 - s } }
    public static func *= (a: inout Tensor, s: Float) { a.updateEach { $0 * s } }
    public static func /= (a: inout Tensor, s: Float) { a.updateEach { $0 / s } }

    public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }

    /// Applies `transform` to every element in place.
    @inline(__always)
    public mutating func updateEach(_ transform: (Float) -> Float) {
        scalars.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count { p[i] = transform(p[i]) }
        }
    }
}
