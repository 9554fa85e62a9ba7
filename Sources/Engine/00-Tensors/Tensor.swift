// The value every chapter computes with, introduced in chapter 01: an n-dimensional
// array of Float, stored contiguously in row-major order. Tensors is the engine's ground
// floor: element-wise arithmetic, reductions, random numbers, matrix products (BLAS) and
// linear systems (LAPACK), and nothing a chapter's exercise asks a learner to write.
//
// Shape legend used in doc comments throughout the course:
//   n  number of examples (rows of a data matrix, the batch size)
//   d  number of input features
//   k  number of outputs or classes
// A tensor of shape [n, d] holds example i, feature j at scalars[i * d + j].

/// An n-dimensional array of `Float` with value semantics.
///
/// The scalars sit in one contiguous row-major buffer, a Swift `Array`, so a copy is
/// cheap until one of the two copies is mutated (copy-on-write): `var b = a; b[0] = 1`
/// leaves `a` untouched.
public struct Tensor: Equatable, Sendable {
    /// The size of each dimension: `[]` for a scalar, `[d]` for a vector, `[n, d]` for a matrix.
    public private(set) var shape: [Int]
    /// The elements in row-major order; `scalars.count == shape.reduce(1, *)`.
    /// Change elements through subscripts, operators or `withUnsafeMutableScalars`,
    /// which keep that invariant.
    public internal(set) var scalars: [Float]

    /// A tensor of the given shape holding `scalars` in row-major order.
    public init(shape: [Int], scalars: [Float]) {
        require(shape.allSatisfy { $0 >= 0 }, "Tensor: negative dimension in shape \(shape)")
        let count = shape.reduce(1, *)
        require(scalars.count == count,
                     "Tensor: shape \(shape) needs \(count) scalars, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
    }

    /// A tensor of the given shape with every element equal to `value`.
    public init(shape: [Int], repeating value: Float) {
        self.init(shape: shape, scalars: [Float](repeating: value, count: shape.reduce(1, *)))
    }

    /// A tensor of zeros.
    public static func zeros(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 0) }

    /// A tensor whose elements `body` writes, every one of them, into storage that is not
    /// zeroed first: for a layer whose output overwrites every element, filling it with
    /// zeros would be a wasted pass over memory.
    public init(shape: [Int], initializingWith body: (UnsafeMutableBufferPointer<Float>) -> Void) {
        let count = shape.reduce(1, *)
        self.init(shape: shape, scalars: [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            body(buffer)
            initialized = count
        })
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int]) -> Tensor { Tensor(shape: shape, repeating: 1) }

    /// A rank-0 tensor (shape `[]`) holding one number.
    public init(scalar: Float) { self.init(shape: [], scalars: [scalar]) }

    /// A vector (shape `[count]`).
    public init(_ values: [Float]) { self.init(shape: [values.count], scalars: values) }

    /// A matrix from its rows (shape `[rows.count, columns]`); every row must have the same length.
    public init(_ rows: [[Float]]) {
        let columns = rows.first?.count ?? 0
        for (index, row) in rows.enumerated() {
            require(row.count == columns,
                         "Tensor: row \(index) has \(row.count) elements but row 0 has \(columns)")
        }
        self.init(shape: [rows.count, columns], scalars: rows.flatMap { $0 })
    }

    /// Calls `body` with the elements' contiguous buffer, for loops that must run fast.
    @inline(__always)
    public func withUnsafeScalars<Result>(_ body: (UnsafeBufferPointer<Float>) throws -> Result) rethrows -> Result {
        try scalars.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the elements' contiguous buffer to change them in place (the
    /// buffer is copied first if another tensor shares it).
    @inline(__always)
    public mutating func withUnsafeMutableScalars<Result>(
        _ body: (inout UnsafeMutableBufferPointer<Float>) throws -> Result) rethrows -> Result {
        try scalars.withUnsafeMutableBufferPointer(body)
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var count: Int { scalars.count }

    /// The single element of a tensor with one element (any shape), as a `Float`.
    public var scalar: Float {
        require(count == 1, "Tensor.scalar: a tensor of shape \(shape) holds \(count) elements, not 1")
        return scalars[0]
    }

    // The element at the given indices, one per dimension: `t[i]`, `t[i, j]`, up to four. One
    // subscript per rank, because the one of a variable number of indices below builds an array
    // of them at every access, and an access is the innermost step of the loops written element
    // by element, as the exercises' are.
    public subscript(i: Int) -> Float {
        get { scalars[offset(i)] }
        set { scalars[offset(i)] = newValue }
    }

    public subscript(i: Int, j: Int) -> Float {
        get { scalars[offset(i, j)] }
        set { scalars[offset(i, j)] = newValue }
    }

    public subscript(i: Int, j: Int, k: Int) -> Float {
        get { scalars[offset(i, j, k)] }
        set { scalars[offset(i, j, k)] = newValue }
    }

    public subscript(i: Int, j: Int, k: Int, l: Int) -> Float {
        get { scalars[offset(i, j, k, l)] }
        set { scalars[offset(i, j, k, l)] = newValue }
    }

    /// The element at any number of indices, one per dimension. Swift picks the subscripts above
    /// for one to four.
    @_disfavoredOverload
    public subscript(indices: Int...) -> Float {
        get { scalars[offset(of: indices)] }
        set { scalars[offset(of: indices)] = newValue }
    }

    /// The position in `scalars` of the element at `indices`, checked against the shape.
    private func offset(of indices: [Int]) -> Int {
        requireRank(indices.count)
        var offset = 0
        for (axis, index) in indices.enumerated() { offset = offset * shape[axis] + checked(index, axis: axis) }
        return offset
    }

    // The two checks below stop as `require` does, written out: an element access is the
    // innermost step of many loops, and `require`'s closures for its condition and message,
    // built at every call, cost more than the access itself.

    /// `index`, checked against the size of `axis`, which exists.
    @inline(__always)
    private func checked(_ index: Int, axis: Int) -> Int {
        if index < 0 || index >= shape[axis] {
            fatalError("Tensor subscript: index \(index) out of range 0..<\(shape[axis]) on axis \(axis) of shape \(shape)")
        }
        return index
    }

    /// Stops unless the tensor's rank is `count`, the number of indices given.
    @inline(__always)
    private func requireRank(_ count: Int) {
        if count != rank { fatalError("Tensor subscript: \(count) indices for a tensor of rank \(rank) (shape \(shape))") }
    }

    private func offset(_ i: Int) -> Int {
        requireRank(1)
        return checked(i, axis: 0)
    }

    private func offset(_ i: Int, _ j: Int) -> Int {
        requireRank(2)
        return checked(i, axis: 0) * shape[1] + checked(j, axis: 1)
    }

    private func offset(_ i: Int, _ j: Int, _ k: Int) -> Int {
        requireRank(3)
        return (checked(i, axis: 0) * shape[1] + checked(j, axis: 1)) * shape[2] + checked(k, axis: 2)
    }

    private func offset(_ i: Int, _ j: Int, _ k: Int, _ l: Int) -> Int {
        requireRank(4)
        return ((checked(i, axis: 0) * shape[1] + checked(j, axis: 1)) * shape[2] + checked(k, axis: 2)) * shape[3] + checked(l, axis: 3)
    }

    /// The element at position `index` of `scalars` (row-major order), whatever the rank.
    public subscript(flat index: Int) -> Float {
        get { scalars[index] }
        set { scalars[index] = newValue }
    }

    /// Row `i` of a tensor of rank 2 or more, as a tensor of rank one less.
    public func row(_ i: Int) -> Tensor {
        require(rank >= 1, "Tensor.row: a scalar has no rows")
        require(i >= 0 && i < shape[0], "Tensor.row: row \(i) out of range 0..<\(shape[0]) of shape \(shape)")
        let width = count / Swift.max(shape[0], 1)
        return Tensor(shape: Array(shape.dropFirst()), scalars: Array(scalars[i * width ..< (i + 1) * width]))
    }

    /// The same elements viewed with another shape of the same element count. One
    /// dimension may be `-1`: it is inferred from the others.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        var resolved = newShape
        if let unknown = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != unknown }.map(\.element).reduce(1, *)
            require(known > 0 && count % known == 0,
                         "reshape: cannot view shape \(shape) (\(count) elements) as \(newShape)")
            resolved[unknown] = count / known
        }
        require(resolved.reduce(1, *) == count,
                     "reshape: cannot view shape \(shape) (\(count) elements) as \(newShape)")
        return Tensor(shape: resolved, scalars: scalars)
    }

    /// The elements as a vector of shape `[count]`.
    public func flattened() -> Tensor { Tensor(shape: [count], scalars: scalars) }
}

extension Tensor: CustomStringConvertible {
    /// Nested brackets, like NumPy: `[[1.0, 2.0], [3.0, 4.0]]`; long tensors are elided.
    public var description: String {
        guard rank > 0 else { return "\(scalars[0])" }
        if count > 1000 { return "Tensor(shape: \(shape), first elements: \(scalars.prefix(8)) ...)" }
        func render(_ axis: Int, _ start: Int) -> String {
            let stride = shape[(axis + 1)...].reduce(1, *)
            let items = (0..<shape[axis]).map { i in
                axis == rank - 1 ? "\(scalars[start + i])" : render(axis + 1, start + i * stride)
            }
            return "[" + items.joined(separator: ", ") + "]"
        }
        return render(0, 0)
    }
}
