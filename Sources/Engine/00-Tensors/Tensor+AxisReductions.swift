// Reductions along one axis: the sum of each column of a batch (a bias gradient), the
// mean of each feature (standardisation), the best class of each row (argmax).
//
// A shape is viewed as [outer, length, inner] around the reduced axis; the result has
// shape [outer, inner] laid out as the input's shape without that axis.

extension Tensor {
    /// (outer, length, inner) around `axis`, and the shape left when it is removed.
    private func around(_ axis: Int, _ operation: String) -> (outer: Int, length: Int, inner: Int, kept: [Int]) {
        require(axis >= 0 && axis < rank, "\(operation): axis \(axis) out of range for shape \(shape)")
        var kept = shape
        kept.remove(at: axis)
        return (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *), kept)
    }

    /// The sum along `axis`; that dimension disappears: [n, d] summed along 0 gives [d].
    public func sum(alongAxis axis: Int) -> Tensor {
        let (outer, length, inner, kept) = around(axis, "sum(alongAxis:)")
        var out = Tensor.zeros(kept)
        withUnsafeScalars { src in
            out.withUnsafeMutableScalars { dst in
                for o in 0..<outer {
                    let target = dst.baseAddress! + o * inner
                    for l in 0..<length {
                        let row = src.baseAddress! + (o * length + l) * inner
                        for i in 0..<inner { target[i] += row[i] }
                    }
                }
            }
        }
        return out
    }

    /// The mean along `axis`; that dimension disappears.
    public func mean(alongAxis axis: Int) -> Tensor {
        sum(alongAxis: axis) / Float(shape[axis])
    }

    /// The largest value along `axis`; that dimension disappears.
    public func max(alongAxis axis: Int) -> Tensor {
        let (outer, length, inner, kept) = around(axis, "max(alongAxis:)")
        require(length > 0, "max(alongAxis:): axis \(axis) of shape \(shape) is empty")
        var out = Tensor(shape: kept, repeating: -.infinity)
        withUnsafeScalars { src in
            out.withUnsafeMutableScalars { dst in
                for o in 0..<outer {
                    let target = dst.baseAddress! + o * inner
                    for l in 0..<length {
                        let row = src.baseAddress! + (o * length + l) * inner
                        for i in 0..<inner { target[i] = Swift.max(target[i], row[i]) }
                    }
                }
            }
        }
        return out
    }

    /// The index of the largest value along `axis` (the first, on ties), as whole numbers
    /// in a Float tensor; that dimension disappears: the predicted class of each row is
    /// `scores.argmax(alongAxis: 1)`.
    public func argmax(alongAxis axis: Int) -> Tensor {
        let (outer, length, inner, kept) = around(axis, "argmax(alongAxis:)")
        require(length > 0, "argmax(alongAxis:): axis \(axis) of shape \(shape) is empty")
        var out = Tensor.zeros(kept)
        withUnsafeScalars { src in
            out.withUnsafeMutableScalars { dst in
                for o in 0..<outer {
                    for i in 0..<inner {
                        var best = 0
                        var bestValue = src[o * length * inner + i]
                        for l in 1..<length where src[(o * length + l) * inner + i] > bestValue {
                            best = l
                            bestValue = src[(o * length + l) * inner + i]
                        }
                        dst[o * inner + i] = Float(best)
                    }
                }
            }
        }
        return out
    }
}
