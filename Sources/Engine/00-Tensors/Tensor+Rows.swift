// Gathering rows: the mini-batch a shuffled order picks out of a dataset, an embedding's rows;
// and adding rows back, their backward pass.

extension Tensor {
    /// The rows (slices along the first axis) at `indices`, in that order.
    public func rows(_ indices: [Int]) -> Tensor {
        require(rank >= 1, "rows: a scalar has no rows")
        let width = shape[0] == 0 ? 0 : count / shape[0]
        var shape = self.shape
        shape[0] = indices.count
        var out = Tensor.zeros(shape)
        withUnsafeScalars { src in
            out.withUnsafeMutableScalars { dst in
                for (k, i) in indices.enumerated() {
                    require(i >= 0 && i < self.shape[0], "rows: index \(i) out of range 0..<\(self.shape[0])")
                    (dst.baseAddress! + k * width).update(from: src.baseAddress! + i * width, count: width)
                }
            }
        }
        return out
    }
}

extension Tensor {
    /// Adds `values`' rows into the rows at `indices`: row k of `values` into row `indices[k]`, so a
    /// row named twice collects both. The backward pass of `rows(_:)`.
    public mutating func addRows(_ values: Tensor, at indices: [Int]) {
        require(values.rank == rank && values.shape[0] == indices.count && Array(values.shape.dropFirst()) == Array(shape.dropFirst()),
                "addRows: \(indices.count) rows of shape \(values.shape) cannot be added into rows of \(shape)")
        let width = shape[0] == 0 ? 0 : count / shape[0], rowCount = shape[0]
        values.withUnsafeScalars { src in
            withUnsafeMutableScalars { dst in
                for (k, i) in indices.enumerated() {
                    require(i >= 0 && i < rowCount, "addRows: index \(i) out of range 0..<\(rowCount)")
                    for j in 0..<width { dst[i * width + j] += src[k * width + j] }
                }
            }
        }
    }
}
