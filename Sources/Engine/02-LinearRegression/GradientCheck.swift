// Checking a hand-derived gradient against finite differences. The chapter notes explain
// the choice of step and tolerance for Float; in short:
//   central difference  (f(x + h) − f(x − h)) / 2h  has error h²·f‴/6 from truncation
//   and about ε·|f|/h from rounding f (ε ≈ 6·10⁻⁸ in Float). With h = 10⁻² both stay
//   near 10⁻⁵ of the gradient's scale, so a relative tolerance of 2·10⁻³ passes a correct
//   gradient and fails one with any entry off by 1 %.

/// The gradient of `f` at `x` by central differences, one entry at a time; step
/// h·max(1, |xᵢ|) for entry i.
public func numericalGradient(of f: (Tensor) -> Float, at x: Tensor, step h: Float = 1e-2) -> Tensor {
    numericalGradient(of: { Double(f($0)) }, at: x, step: h)
}

/// The same, for an `f` evaluated in double precision (a test's reference loss): then
/// rounding in f is negligible and only the truncation error h²·f‴/6 is left.
public func numericalGradient(of f: (Tensor) -> Double, at x: Tensor, step h: Float = 1e-2) -> Tensor {
    var gradient = Tensor.zeros(x.shape)
    var probe = x
    for i in 0..<x.count {
        let original = x.scalars[i]
        let delta = h * Swift.max(1, Swift.abs(original))
        probe[flat: i] = original + delta
        let above = f(probe)
        probe[flat: i] = original - delta
        let below = f(probe)
        probe[flat: i] = original
        // Dividing by the difference actually represented keeps rounding of x ± δ out.
        gradient[flat: i] = Float((above - below) / Double((original + delta) - (original - delta)))
    }
    return gradient
}

/// How an analytic gradient compares with a numerical one, entry by entry.
public struct GradientComparison: Sendable, CustomStringConvertible {
    /// The flat index of the entry with the largest relative error.
    public let worstIndex: Int
    /// The analytic and numerical values at that entry.
    public let analytic: Float, numerical: Float
    /// Its relative error |a − n| / max(|a|, |n|, floor).
    public let relativeError: Float
    /// The shape both gradients have.
    public let shape: [Int]

    /// Whether every entry agrees within `tolerance` (relative).
    public func passes(tolerance: Float = 2e-3) -> Bool { relativeError <= tolerance }

    /// The multi-index of the worst entry, as in `[2, 1]`.
    public var worstPosition: [Int] {
        var remainder = worstIndex
        var position = [Int](repeating: 0, count: shape.count)
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            position[axis] = remainder % shape[axis]
            remainder /= shape[axis]
        }
        return position
    }

    public var description: String {
        "worst entry \(worstPosition): analytic \(analytic), numerical \(numerical), relative error \(relativeError)"
    }
}

/// Compares two gradients of one shape. Entries smaller than `floor` in magnitude are
/// judged on absolute error against `floor`, since a relative error of a near-zero
/// entry is mostly rounding noise.
public func compareGradients(analytic: Tensor, numerical: Tensor, floor: Float = 1e-3) -> GradientComparison {
    precondition(analytic.shape == numerical.shape,
                 "compareGradients: analytic shape \(analytic.shape) differs from numerical shape \(numerical.shape)")
    var worst = 0
    var worstError: Float = -1
    for i in 0..<analytic.count {
        let a = analytic.scalars[i], n = numerical.scalars[i]
        let error = a.isFinite ? Swift.abs(a - n) / Swift.max(Swift.abs(a), Swift.abs(n), floor) : .infinity
        if error > worstError {
            worstError = error
            worst = i
        }
    }
    return GradientComparison(worstIndex: worst, analytic: analytic.scalars[worst],
                              numerical: numerical.scalars[worst], relativeError: worstError,
                              shape: analytic.shape)
}
