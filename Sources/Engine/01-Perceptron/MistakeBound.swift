// Novikoff's bound on the perceptron's mistakes, measured on a data set.

/// The radius R, the margin γ and the bound (R/γ)² of the perceptron convergence theorem
/// for `points` and one line that separates them, w · x + b = 0. The bias is folded in as
/// a constant feature 1: R = maxᵢ ‖(xᵢ, 1)‖ and γ = minᵢ yᵢ (w · xᵢ + b) / ‖(w, b)‖. Any
/// separating line gives a valid bound; the line of largest margin gives the smallest.
/// Nil when the line does not separate the points. (Derivation: chapter 01 notes, section 3.)
public struct MistakeBound: Sendable {
    public let radius: Float
    public let margin: Float
    /// (R/γ)²: at most this many mistakes in total, starting from w = 0, b = 0.
    public var mistakes: Float { (radius / margin) * (radius / margin) }

    public init?(_ points: LabelledPoints, separatedBy weights: Tensor, bias: Float) {
        let norm = (weights.squared().sum() + bias * bias).squareRoot()
        let scores = matmul(points.inputs, weights) + bias
        var radius: Float = 0, margin = Float.infinity
        for i in 0..<points.labels.count {
            let row = points.inputs.row(i)
            radius = Swift.max(radius, (row.squared().sum() + 1).squareRoot())
            margin = Swift.min(margin, points.labels[i] * scores[i] / norm)
        }
        guard norm > 0, margin > 0 else { return nil }
        self.radius = radius
        self.margin = margin
    }
}
