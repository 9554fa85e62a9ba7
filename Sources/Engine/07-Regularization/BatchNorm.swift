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
// Each worker takes whole features, so the statistics are the same however many run.

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
    /// Whether the layer applies ReLU to its output itself, as `Conv2D` can (chapter 06).
    public let followedByReLU: Bool
    public private(set) var mode: Mode = .training
    /// What backward needs: x̂, 1/√(σ² + ε) per feature, and the mode forward ran in.
    private var normalized: Tensor?
    private var inverseDeviation: [Float] = []
    private var forwardMode: Mode = .training
    /// The output, kept only with `followedByReLU`: its positive entries are ReLU's mask.
    private var output: Tensor?

    public init(features: Int, momentum: Float = 0.1, epsilon: Float = 1e-5, followedByReLU: Bool = false,
                name: String = "batchnorm") {
        require(features > 0, "BatchNorm \(name): needs at least one feature, got \(features)")
        require(momentum > 0 && momentum <= 1, "BatchNorm \(name): the momentum must be in (0, 1], got \(momentum)")
        require(epsilon > 0, "BatchNorm \(name): epsilon must be positive, got \(epsilon)")
        scale = Parameter(Tensor(shape: [features], scalars: [Float](repeating: 1, count: features)), name: "\(name).scale")
        shift = Parameter(.zeros([features]), name: "\(name).shift")
        runningMean = LayerState(.zeros([features]), name: "\(name).runningMean")
        runningVariance = LayerState(Tensor(shape: [features], scalars: [Float](repeating: 1, count: features)),
                                     name: "\(name).runningVariance")
        (self.momentum, self.epsilon, self.followedByReLU, self.name) = (momentum, epsilon, followedByReLU, name)
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
        let training = mode == .training
        if training {
            require(m > 1, "\(description): training mode needs more than one value per feature to take a variance "
                    + "from, but the batch \(input.shape) has one (every variance would be zero)")
        } else {
            require(runningMean.value.shape == [d] && runningVariance.value.shape == [d],
                    "\(description): the running statistics must be [\(d)], got mean \(runningMean.value.shape) "
                    + "and variance \(runningVariance.value.shape)")
        }
        var mean = training ? [Float](repeating: 0, count: d) : runningMean.value.scalars
        var variance = training ? [Float](repeating: 0, count: d) : runningVariance.value.scalars
        var inverse = [Float](repeating: 0, count: d)
        let (gamma, beta, epsilon, relu) = (scale.value.scalars, shift.value.scalars, self.epsilon, followedByReLU)
        // Every x̂ and y is written below, so neither is zeroed first.
        var normalized = Tensor(shape: input.shape) { _ in }
        var output = Tensor(shape: input.shape) { _ in }
        input.withUnsafeScalars { xs in
            normalized.withUnsafeMutableScalars { xhats in
                output.withUnsafeMutableScalars { ys in
                    mean.withUnsafeMutableBufferPointer { means in
                        variance.withUnsafeMutableBufferPointer { variances in
                            inverse.withUnsafeMutableBufferPointer { inverses in
                                nonisolated(unsafe) let (x, xhat, y) = (xs.baseAddress!, xhats.baseAddress!, ys.baseAddress!)
                                nonisolated(unsafe) let (mu, sigma2, s) = (means.baseAddress!, variances.baseAddress!,
                                                                           inverses.baseAddress!)
                                // Each worker takes whole features: their statistics need no merging.
                                forEachWorker(images: d) { _, features in
                                    for j in features {
                                        if training {
                                            var total: Double = 0
                                            for o in 0..<outer { total += Double(sumOfRow(x + (o * d + j) * inner, count: inner)) }
                                            mu[j] = Float(total / Double(m))
                                            var squares: Double = 0
                                            for o in 0..<outer {
                                                squares += Double(squaredDeviationsOfRow(x + (o * d + j) * inner, from: mu[j],
                                                                                         count: inner))
                                            }
                                            sigma2[j] = Float(squares / Double(m))
                                        }
                                        s[j] = 1 / (sigma2[j] + epsilon).squareRoot()
                                        let (center, deviation, g, b) = (mu[j], s[j], gamma[j], beta[j])
                                        for o in 0..<outer {
                                            let start = (o * d + j) * inner
                                            let (from, to, out) = (x + start, xhat + start, y + start)
                                            for p in 0..<inner {
                                                let value = (from[p] - center) * deviation
                                                to[p] = value
                                                out[p] = relu ? Swift.max(0, g * value + b) : g * value + b
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if training {
            // The running variance is the unbiased estimate, m/(m − 1) σ², as PyTorch keeps it.
            let unbiased = Float(m) / Float(m - 1)
            runningMean.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningMean.value[$0] + momentum * mean[$0]
            })
            runningVariance.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningVariance.value[$0] + momentum * unbiased * variance[$0]
            })
        }
        self.normalized = normalized
        self.output = relu ? output : nil
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
        let gamma = scale.value.scalars
        let (training, inverse) = (forwardMode == .training, inverseDeviation)
        // Through ReLU's mask first, when the layer applied it: ∂L/∂(γx̂ + β) = ∂y ⊙ [y > 0].
        let dy = output.map { y in
            outputGradient.withUnsafeScalars { g in
                y.withUnsafeScalars { ys in
                    Tensor(shape: y.shape) { masked in
                        for i in 0..<masked.count {
                            let gradient = g[i]   // read unconditionally, so the loop vectorises
                            masked[i] = ys[i] > 0 ? gradient : 0
                        }
                    }
                }
            }
        } ?? outputGradient
        var sumGradient = [Float](repeating: 0, count: d), sumGradientXhat = [Float](repeating: 0, count: d)
        var inputGradient = Tensor(shape: xhat.shape) { _ in }
        dy.withUnsafeScalars { dys in
            xhat.withUnsafeScalars { xs in
                inputGradient.withUnsafeMutableScalars { dxs in
                    sumGradient.withUnsafeMutableBufferPointer { sums in
                        sumGradientXhat.withUnsafeMutableBufferPointer { weightedSums in
                            nonisolated(unsafe) let (g, x, dx) = (dys.baseAddress!, xs.baseAddress!, dxs.baseAddress!)
                            nonisolated(unsafe) let (sum, weighted) = (sums.baseAddress!, weightedSums.baseAddress!)
                            forEachWorker(images: d) { _, features in
                                for j in features {
                                    // Σ ∂y and Σ ∂y x̂: ∂L/∂β and ∂L/∂γ, and the two means the training form needs.
                                    var (total, totalWeighted): (Double, Double) = (0, 0)
                                    for o in 0..<outer {
                                        let start = (o * d + j) * inner
                                        total += Double(sumOfRow(g + start, count: inner))
                                        totalWeighted += Double(dotOfRows(g + start, x + start, count: inner))
                                    }
                                    (sum[j], weighted[j]) = (Float(total), Float(totalWeighted))
                                    let factor = gamma[j] * inverse[j]
                                    let (meanGradient, meanWeighted) = training ? (sum[j] / Float(m), weighted[j] / Float(m)) : (0, 0)
                                    for o in 0..<outer {
                                        let start = (o * d + j) * inner
                                        let (from, xh, to) = (g + start, x + start, dx + start)
                                        for p in 0..<inner { to[p] = factor * (from[p] - meanGradient - xh[p] * meanWeighted) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        shift.gradient = Tensor(shape: [d], scalars: sumGradient)
        scale.gradient = Tensor(shape: [d], scalars: sumGradientXhat)
        return inputGradient
    }

    public var parameters: [Parameter] { [scale, shift] }
    public var state: [LayerState] { [runningMean, runningVariance] }

    public var description: String { "BatchNorm \(name) (\(features))" + (followedByReLU ? " + ReLU" : "") }
}
