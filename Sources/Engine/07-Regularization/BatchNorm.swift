// Batch normalisation: each feature (a column of [n, d], or a channel of [n, c, h, w])
// standardised over the batch, then scaled and shifted by learned γ and β. In training the
// mean and variance are the batch's; in evaluation, running averages kept from training,
// so that an image's output does not depend on the others in its batch.
// Derivation of the backward pass: chapters/07-regularization/README.md.
//
// Shapes: x [n, d] or [n, d, h, w]; γ, β, running mean and variance [d]. Over the m values
// of feature j (m = n, or n·h·w):
//   forward   μ = mean(x),  σ² = mean((x − μ)²),  x̂ = (x − μ)/√(σ² + ε),  y = γ x̂ + β
//   backward  ∂L/∂γ = Σ ∂y x̂,  ∂L/∂β = Σ ∂y,
//             ∂L/∂x = γ/(m √(σ² + ε)) · (m ∂y − Σ ∂y − x̂ Σ ∂y x̂)      (training)
//             ∂L/∂x = γ/√(σ²_running + ε) · ∂y                          (evaluation)

/// Batch normalisation over `features` columns or channels, with learned scale γ (starting
/// at 1) and shift β (starting at 0).
public final class BatchNorm: Layer {
    public let scale: Parameter
    public let shift: Parameter
    /// Running averages of the batches' means and (unbiased) variances, for evaluation:
    /// r ← (1 − momentum) r + momentum · batch value.
    public let runningMean: LayerState
    public let runningVariance: LayerState
    public let momentum: Float
    public let epsilon: Float
    public let name: String
    public private(set) var mode: Mode = .training
    /// What backward needs: x̂, 1/√(σ² + ε) per feature, and the mode forward ran in.
    private var normalized: Tensor?
    private var inverseDeviation: [Float] = []
    private var forwardMode: Mode = .training

    public init(features: Int, momentum: Float = 0.1, epsilon: Float = 1e-5, name: String = "batchnorm") {
        require(features > 0, "BatchNorm \(name): needs at least one feature, got \(features)")
        require(momentum > 0 && momentum <= 1, "BatchNorm \(name): the momentum must be in (0, 1], got \(momentum)")
        require(epsilon > 0, "BatchNorm \(name): epsilon must be positive, got \(epsilon)")
        scale = Parameter(Tensor(shape: [features], scalars: [Float](repeating: 1, count: features)), name: "\(name).scale")
        shift = Parameter(.zeros([features]), name: "\(name).shift")
        runningMean = LayerState(.zeros([features]), name: "\(name).runningMean")
        runningVariance = LayerState(Tensor(shape: [features], scalars: [Float](repeating: 1, count: features)),
                                     name: "\(name).runningVariance")
        (self.momentum, self.epsilon, self.name) = (momentum, epsilon, name)
    }

    public var features: Int { scale.value.count }

    public func setMode(_ mode: Mode) { self.mode = mode }

    /// The input as [outer, d, inner]: feature j's values are at (o·d + j)·inner + p.
    private func layout(_ shape: [Int], _ pass: String) -> (outer: Int, inner: Int) {
        require((shape.count == 2 || shape.count == 4) && shape[1] == features,
                "\(description).\(pass): needs [n, \(features)] or [n, \(features), h, w], got shape \(shape)")
        return (shape[0], shape.count == 4 ? shape[2] * shape[3] : 1)
    }

    public func forward(_ input: Tensor) -> Tensor {
        let (outer, inner) = layout(input.shape, "forward")
        let (d, m) = (features, outer * inner)
        var mean = [Float](repeating: 0, count: d), variance = [Float](repeating: 0, count: d)
        if mode == .training {
            require(m > 1, "\(description): training mode needs more than one value per feature to take a variance "
                    + "from, but the batch \(input.shape) has one (every variance would be zero)")
            (mean, variance) = Self.statistics(input, outer: outer, features: d, inner: inner)
            // The running variance is the unbiased estimate, m/(m − 1) σ², as PyTorch keeps it.
            let unbiased = Float(m) / Float(m - 1)
            runningMean.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningMean.value[$0] + momentum * mean[$0]
            })
            runningVariance.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningVariance.value[$0] + momentum * unbiased * variance[$0]
            })
        } else {
            require(runningMean.value.shape == [d] && runningVariance.value.shape == [d],
                    "\(description): the running statistics must be [\(d)], got mean \(runningMean.value.shape) "
                    + "and variance \(runningVariance.value.shape)")
            mean = runningMean.value.scalars
            variance = runningVariance.value.scalars
        }
        let inverse = variance.map { 1 / ($0 + epsilon).squareRoot() }
        var normalized = input
        var output = input
        let (gamma, beta) = (scale.value.scalars, shift.value.scalars)
        normalized.withUnsafeMutableScalars { xhat in
            output.withUnsafeMutableScalars { y in
                for o in 0..<outer {
                    for j in 0..<d {
                        let start = (o * d + j) * inner
                        let (mu, s, g, b) = (mean[j], inverse[j], gamma[j], beta[j])
                        for p in start..<(start + inner) {
                            let value = (xhat[p] - mu) * s
                            xhat[p] = value
                            y[p] = g * value + b
                        }
                    }
                }
            }
        }
        self.normalized = normalized
        inverseDeviation = inverse
        forwardMode = mode
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let xhat = normalized else {
            fatalError("\(description).backward: call forward first, so the layer has an input to differentiate at")
        }
        require(outputGradient.shape == xhat.shape,
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), input \(xhat.shape)")
        let (outer, inner) = layout(xhat.shape, "backward")
        let (d, m) = (features, outer * inner)
        // Σ ∂y and Σ ∂y x̂ per feature: ∂L/∂β and ∂L/∂γ, and the two sums the training form needs.
        var sumGradient = [Double](repeating: 0, count: d), sumGradientXhat = [Double](repeating: 0, count: d)
        outputGradient.withUnsafeScalars { dy in
            xhat.withUnsafeScalars { x in
                for o in 0..<outer {
                    for j in 0..<d {
                        let start = (o * d + j) * inner
                        var (total, weighted): (Float, Float) = (0, 0)
                        for p in start..<(start + inner) {
                            total += dy[p]
                            weighted += dy[p] * x[p]
                        }
                        sumGradient[j] += Double(total)
                        sumGradientXhat[j] += Double(weighted)
                    }
                }
            }
        }
        shift.gradient = Tensor(shape: [d], scalars: sumGradient.map(Float.init))
        scale.gradient = Tensor(shape: [d], scalars: sumGradientXhat.map(Float.init))
        let gamma = scale.value.scalars
        var inputGradient = outputGradient
        let training = forwardMode == .training
        inputGradient.withUnsafeMutableScalars { dx in
            xhat.withUnsafeScalars { x in
                for o in 0..<outer {
                    for j in 0..<d {
                        let start = (o * d + j) * inner
                        let factor = gamma[j] * inverseDeviation[j]
                        if training {
                            let meanGradient = Float(sumGradient[j] / Double(m))
                            let meanGradientXhat = Float(sumGradientXhat[j] / Double(m))
                            for p in start..<(start + inner) {
                                dx[p] = factor * (dx[p] - meanGradient - x[p] * meanGradientXhat)
                            }
                        } else {
                            for p in start..<(start + inner) { dx[p] *= factor }
                        }
                    }
                }
            }
        }
        return inputGradient
    }

    /// The mean and the (biased) variance of each feature over the batch, in two passes.
    private static func statistics(_ x: Tensor, outer: Int, features d: Int, inner: Int) -> (mean: [Float], variance: [Float]) {
        let m = Double(outer * inner)
        var sums = [Double](repeating: 0, count: d), squares = [Double](repeating: 0, count: d)
        x.withUnsafeScalars { x in
            for o in 0..<outer {
                for j in 0..<d {
                    let start = (o * d + j) * inner
                    var total: Float = 0
                    for p in start..<(start + inner) { total += x[p] }
                    sums[j] += Double(total)
                }
            }
        }
        let mean = sums.map { Float($0 / m) }
        x.withUnsafeScalars { x in
            for o in 0..<outer {
                for j in 0..<d {
                    let start = (o * d + j) * inner
                    let mu = mean[j]
                    var total: Float = 0
                    for p in start..<(start + inner) { total += (x[p] - mu) * (x[p] - mu) }
                    squares[j] += Double(total)
                }
            }
        }
        return (mean, squares.map { Float($0 / m) })
    }

    public var parameters: [Parameter] { [scale, shift] }
    public var state: [LayerState] { [runningMean, runningVariance] }

    public var description: String { "BatchNorm \(name) (\(features))" }
}
