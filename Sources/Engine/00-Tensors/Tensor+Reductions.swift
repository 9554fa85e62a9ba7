// Reductions over all elements, and the dot product. Reductions along one axis come in
// chapter 02.

extension Tensor {
    /// The sum of all elements.
    ///
    /// Accumulated in Double: a Float running sum over a million elements loses about
    /// three significant digits, enough to spoil a finite-difference gradient check.
    public func sum() -> Float {
        withUnsafeScalars { p in
            var total: Double = 0
            for value in p { total += Double(value) }
            return Float(total)
        }
    }

    /// The mean of all elements (NaN for an empty tensor).
    public func mean() -> Float { sum() / Float(count) }

    /// The largest element.
    public func max() -> Float {
        require(count > 0, "max: the tensor of shape \(shape) is empty")
        return scalars.max()!
    }

    /// The smallest element.
    public func min() -> Float {
        require(count > 0, "min: the tensor of shape \(shape) is empty")
        return scalars.min()!
    }

    /// The position in `scalars` of the largest element (the first, on ties).
    public func argmax() -> Int {
        require(count > 0, "argmax: the tensor of shape \(shape) is empty")
        var best = 0
        for i in 1..<count where scalars[i] > scalars[best] { best = i }
        return best
    }
}

/// The dot product Σᵢ aᵢ bᵢ of two tensors with the same number of elements.
public func dot(_ a: Tensor, _ b: Tensor) -> Float {
    require(a.count == b.count, "shape mismatch in dot: \(a.shape) and \(b.shape) differ in element count")
    return a.withUnsafeScalars { pa in
        b.withUnsafeScalars { pb in
            var total: Double = 0
            for i in 0..<pa.count { total += Double(pa[i]) * Double(pb[i]) }
            return Float(total)
        }
    }
}
