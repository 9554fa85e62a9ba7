// A network as a list of layers applied in order. Backpropagation is the same list run
// backwards: each layer turns ∂L/∂(its output) into ∂L/∂(its input) for the one before.

/// Layers applied one after another: y = fₘ(… f₂(f₁(x))).
public final class Sequential: Layer {
    public let layers: [any Layer]
    /// Training unless switched: `evaluating` switches to evaluation for the time it runs.
    public private(set) var mode: Mode = .training
    /// The block's name when it sits inside another network, such as "features": its layers'
    /// checkpoint names start with it (chapter 09).
    public var name: String?

    /// The layers a pass runs: `layers`, except that where a layer can do the work of those
    /// written after it (`FusesFollowingLayers`, from chapter 06 on), the one it returns stands in
    /// for them. Same numbers, fewer passes over memory (chapter 10, section 6). Built on first use.
    public private(set) lazy var layersAsRun: [any Layer] = {
        var steps: [any Layer] = []
        var index = 0
        while index < layers.count {
            if let layer = layers[index] as? any FusesFollowingLayers,
               let (fused, count) = layer.fused(with: layers[(index + 1)...]) {
                steps.append(fused)
                index += 1 + count
            } else {
                steps.append(layers[index])
                index += 1
            }
        }
        return steps
    }()

    public init(_ layers: [any Layer], name: String? = nil) {
        precondition(!layers.isEmpty, "Sequential: a network needs at least one layer")
        self.layers = layers
        self.name = name
    }

    public func forward(_ input: Tensor) -> Tensor {
        layersAsRun.reduce(input) { x, layer in layer.forward(x) }
    }

    /// Runs the layers' backward passes in reverse order, from ∂L/∂output to ∂L/∂input.
    @discardableResult
    public func backward(_ outputGradient: Tensor) -> Tensor {
        layersAsRun.reversed().reduce(outputGradient) { gradient, layer in layer.backward(gradient) }
    }

    /// Runs the backward passes for the parameters only: the first layer's ∂L/∂input,
    /// which training never uses, is not computed. Nor is anything below the first layer with
    /// a parameter to train: with the layers before it frozen (chapter 09), the pass stops there.
    public func backwardParametersOnly(_ outputGradient: Tensor) {
        guard let first = layersAsRun.firstIndex(where: { $0.parameters.contains { !$0.isFrozen } }) else { return }
        let gradient = layersAsRun[(first + 1)...].reversed().reduce(outputGradient) { gradient, layer in layer.backward(gradient) }
        layersAsRun[first].backwardParametersOnly(gradient)
    }

    public var parameters: [Parameter] { layers.flatMap(\.parameters) }

    /// The parameters training changes: all but the frozen ones.
    public var trainableParameters: [Parameter] { parameters.filter { !$0.isFrozen } }

    public var state: [LayerState] { layers.flatMap(\.state) }

    /// Puts every layer in `mode`, except that a layer whose parameters are all frozen always
    /// computes as in evaluation: it is a fixed function (chapter 09), so batch normalisation
    /// among the frozen layers keeps the statistics it learned instead of taking each batch's.
    public func setMode(_ mode: Mode) {
        self.mode = mode
        for layer in layersAsRun {
            let frozen = !layer.parameters.isEmpty && layer.parameters.allSatisfy(\.isFrozen)
            layer.setMode(frozen ? .evaluation : mode)
        }
    }

    /// Runs `body` with every layer in evaluation mode, then puts the mode back as it was:
    /// how every accuracy and loss that is reported gets measured, so that no figure is ever
    /// taken with dropout on or with one batch's statistics (chapter 07).
    public func evaluating<Result>(_ body: () throws -> Result) rethrows -> Result {
        let previous = mode
        setMode(.evaluation)
        defer { setMode(previous) }
        return try body()
    }

    public var description: String { layers.map(\.description).joined(separator: " → ") }

    /// The number of trainable numbers.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.value.count } }
}

/// Mean softmax cross-entropy of a network's logits [n, k] against labels [n], with its
/// gradient with respect to the logits, (softmax(Z) − Y)/n (chapter 03), from one
/// log-softmax: the loss reads −log pᵢ,yᵢ and the gradient exponentiates the same numbers.
public func softmaxCrossEntropy(logits: Tensor, labels: Tensor) -> (loss: Float, gradient: Tensor) {
    precondition(logits.rank == 2, "softmaxCrossEntropy: logits must be [n, k], got shape \(logits.shape)")
    let (n, k) = (logits.shape[0], logits.shape[1])
    checkLabels(labels, classCount: k, rows: n, "softmaxCrossEntropy")
    let logProbabilities = logSoftmax(logits)
    var gradient = exp(logProbabilities)
    var total: Double = 0
    for i in 0..<n {
        let label = Int(labels[i])
        total -= Double(logProbabilities[i, label])
        gradient[i, label] -= 1
    }
    gradient /= Float(n)
    return (Float(total / Double(n)), gradient)
}
