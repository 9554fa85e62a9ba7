// Gathering rows: the mini-batch a shuffled order picks out of a dataset.

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
