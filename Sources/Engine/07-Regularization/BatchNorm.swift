// Batch normalisation: each feature (a column of [n, d], or a channel of [n, c, h, w])
// standardised over the batch, then scaled and shifted by learned γ and β. In training the
// mean and variance are the batch's; in evaluation, running averages kept from training,
// so that an image's output does not depend on the others in its batch.
// Derived in chapters/07-regularization/README.md, section 3, and written here as it derives it.
//
// Shapes: x [n, d] or [n, d, h, w], viewed as [outer, d, inner] (outer = n, inner = 1 or h·w), so
// that feature j's m = outer · inner values are x[·, j, ·]; γ, β, running mean and variance [d];
// μ, σ² and s kept as [d, 1], which broadcasts over [outer, d, inner].
// The fast path, the same numbers in fewer passes over memory: BatchNorm+FastPath.swift.

/// Batch normalisation over `features` columns or channels, with learned scale γ (starting
/// at 1) and shift β (starting at 0).
public final class BatchNorm: FastPathLayer {
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
    /// Whether the layer max-pools its output over 2 × 2 windows, stride 2, itself (after the
    /// ReLU, if any), as `Conv2D` can: [n, c, h, w] in, [n, c, h / 2, w / 2] out.
    public let maxPooled: Bool
    public private(set) var mode: Mode = .training
    public var usesFastPath = FastPaths.enabledByDefault
    /// What backward needs: the input, μ and s = 1/√(σ² + ε) per feature (x̂ is recomputed from
    /// them), and the mode forward ran in.
    var input: Tensor?
    var center: [Float] = []
    var inverseDeviation: [Float] = []
    var forwardMode: Mode = .training
    /// With `maxPooled`, where each output's window had its largest value (the fast path's, in
    /// its h × w plane).
    var winners: [Int32] = []
    /// The readable path's fused layers, computed as their own readable layers compute them.
    private let readableReLU = ReLU(), readablePool = MaxPool2D(size: 2)

    public init(features: Int, momentum: Float = 0.1, epsilon: Float = 1e-5, followedByReLU: Bool = false,
                maxPooled: Bool = false, name: String = "batchnorm") {
        require(features > 0, "BatchNorm \(name): needs at least one feature, got \(features)")
        require(momentum > 0 && momentum <= 1, "BatchNorm \(name): the momentum must be in (0, 1], got \(momentum)")
        require(epsilon > 0, "BatchNorm \(name): epsilon must be positive, got \(epsilon)")
        scale = Parameter(Tensor(shape: [features], scalars: [Float](repeating: 1, count: features)), name: "\(name).scale")
        shift = Parameter(.zeros([features]), name: "\(name).shift")
        runningMean = LayerState(.zeros([features]), name: "\(name).runningMean")
        runningVariance = LayerState(Tensor(shape: [features], scalars: [Float](repeating: 1, count: features)),
                                     name: "\(name).runningVariance")
        (self.momentum, self.epsilon, self.followedByReLU, self.maxPooled, self.name) = (momentum, epsilon, followedByReLU,
                                                                                          maxPooled, name)
        readablePool.usesFastPath = false
    }

    /// A layer normalising with `layer`'s own scale, shift and running statistics (the same
    /// objects), with a ReLU and pooling of its own: how `Sequential` fuses BN → ReLU → pool.
    init(sharing layer: BatchNorm, followedByReLU: Bool, maxPooled: Bool) {
        (scale, shift, runningMean, runningVariance) = (layer.scale, layer.shift, layer.runningMean, layer.runningVariance)
        (momentum, epsilon, name, mode) = (layer.momentum, layer.epsilon, layer.name, layer.mode)
        (self.followedByReLU, self.maxPooled) = (followedByReLU, maxPooled)
        readablePool.usesFastPath = false
    }

    public var features: Int { scale.value.count }

    public func setMode(_ mode: Mode) { self.mode = mode }

    public func forward(_ input: Tensor) -> Tensor {
        if usesFastPath { return fastForward(input) }   // Fast path: BatchNorm+FastPath.swift, chapter 10's notes, section 6
        let (outer, inner) = checkedLayout(input.shape)
        let (d, m) = (features, Float(outer * inner))
        let x = input.reshaped([outer, d, inner])
        var (mean, variance) = (runningMean.value.reshaped([d, 1]), runningVariance.value.reshaped([d, 1]))
        if mode == .training {
            // μ = (1/m) Σᵢ xᵢ,  σ² = (1/m) Σᵢ (xᵢ − μ)²                                              [d, 1]
            mean = sumPerFeature(x) / m
            variance = sumPerFeature((x - mean).squared()) / m
            // r_μ ← (1 − momentum) r_μ + momentum · μ,  r_σ² ← (1 − momentum) r_σ² + momentum · m/(m − 1) σ²
            runningMean.value = (1 - momentum) * runningMean.value + momentum * mean.flattened()
            runningVariance.value = (1 - momentum) * runningVariance.value + momentum * (m / (m - 1)) * variance.flattened()
        }
        // s = (σ² + ε)^(−1/2),  x̂ᵢ = (xᵢ − μ) s,  yᵢ = γ x̂ᵢ + β                                     [outer, d, inner]
        let s = 1 / sqrt(variance + epsilon)
        let xhat = (x - mean) * s
        var y = (scale.value.reshaped([d, 1]) * xhat + shift.value.reshaped([d, 1])).reshaped(input.shape)
        // Then the fused layers, each as its own layer computes it: ReLU, then 2 × 2 max pooling.
        if followedByReLU { y = readableReLU.forward(y) }
        if maxPooled { y = readablePool.forward(y) }
        (self.input, center, inverseDeviation, forwardMode) = (input, mean.scalars, s.scalars, mode)
        return y
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        if usesFastPath { return fastBackward(outputGradient) }   // Fast path: BatchNorm+FastPath.swift, chapter 10's notes, section 6
        let input = cachedInput(matching: outputGradient)
        let (outer, inner) = layout(input.shape, "backward")
        let (d, m) = (features, Float(outer * inner))
        let gamma = scale.value.reshaped([d, 1])
        let (mean, s) = (Tensor(shape: [d, 1], scalars: center), Tensor(shape: [d, 1], scalars: inverseDeviation))
        let xhat = (input.reshaped([outer, d, inner]) - mean) * s                                // x̂, recomputed
        // gᵢ = ∂L/∂yᵢ: the fused layers undone in reverse order, pooling (each output's gradient to
        // its window's winner, zero elsewhere), then ReLU (passed where γ x̂ + β > 0).
        var g = outputGradient
        if maxPooled { g = readablePool.backward(g) }
        if followedByReLU { g = readableReLU.backward(g) }
        g = g.reshaped([outer, d, inner])
        // ∂L/∂β = Σᵢ gᵢ,  ∂L/∂γ = Σᵢ gᵢ x̂ᵢ                                                           [d, 1]
        let (sumG, sumGXhat) = (sumPerFeature(g), sumPerFeature(g * xhat))
        (shift.gradient, scale.gradient) = (sumG.flattened(), sumGXhat.flattened())
        // Training, the compact form: ∂L/∂xᵢ = (γ s / m) · (m gᵢ − Σⱼ gⱼ − x̂ᵢ Σⱼ gⱼ x̂ⱼ).
        // Evaluation, the slope of a fixed affine map: ∂L/∂xᵢ = γ s gᵢ.
        let dx = forwardMode == .training ? gamma * s / m * (m * g - sumG - xhat * sumGXhat) : gamma * s * g
        return dx.reshaped(input.shape)
    }

    /// The sum over each feature's m values of a tensor [outer, d, inner]: [d, 1].
    private func sumPerFeature(_ t: Tensor) -> Tensor { t.sum(alongAxis: 2).sum(alongAxis: 0).reshaped([features, 1]) }

    /// The input as [outer, d, inner]: feature j's values are at (o·d + j)·inner + p.
    func layout(_ shape: [Int], _ pass: String) -> (outer: Int, inner: Int) {
        require((shape.count == 2 || shape.count == 4) && shape[1] == features,
                "\(description).\(pass): needs [n, \(features)] or [n, \(features), h, w], got shape \(shape)")
        require(!maxPooled || (shape.count == 4 && shape[2] >= 2 && shape[3] >= 2),
                "\(description).\(pass): pools 2 × 2 windows of images [n, \(features), h, w] with h and w at least 2, "
                + "got shape \(shape)")
        return (shape[0], shape.count == 4 ? shape[2] * shape[3] : 1)
    }

    /// `layout` for forward, once the statistics the mode uses are there: training takes a
    /// variance over m > 1 values per feature, evaluation the running statistics, [d] each.
    func checkedLayout(_ shape: [Int]) -> (outer: Int, inner: Int) {
        let (outer, inner) = layout(shape, "forward")
        if mode == .training {
            require(outer * inner > 1, "\(description): training mode needs more than one value per feature to take a "
                    + "variance from, but the batch \(shape) has one (every variance would be zero)")
        } else {
            require(runningMean.value.shape == [features] && runningVariance.value.shape == [features],
                    "\(description): the running statistics must be [\(features)], got mean \(runningMean.value.shape) "
                    + "and variance \(runningVariance.value.shape)")
        }
        return (outer, inner)
    }

    /// The output's shape for an input of `shape`: the same, or halved in h and w by pooling.
    func outputShape(_ shape: [Int]) -> [Int] {
        maxPooled ? [shape[0], shape[1], shape[2] / 2, shape[3] / 2] : shape
    }

    /// The input of the last forward pass, once `outputGradient` is checked against its output.
    func cachedInput(matching outputGradient: Tensor) -> Tensor {
        guard let input else {
            fatalError("\(description).backward: call forward first, so the layer has an input to differentiate at")
        }
        require(outputGradient.shape == outputShape(input.shape),
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected "
                + "\(outputShape(input.shape)) for the input \(input.shape)")
        return input
    }

    public var parameters: [Parameter] { [scale, shift] }
    public var state: [LayerState] { [runningMean, runningVariance] }

    public var description: String {
        "BatchNorm \(name) (\(features))" + (followedByReLU ? " + ReLU" : "") + (maxPooled ? " + MaxPool 2×2" : "")
    }
}
