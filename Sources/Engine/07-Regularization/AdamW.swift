// Weight decay, the decoupled way. Chapter 05's optimisers take `weightDecay` as an L2
// penalty (λ/2)‖W‖²: λW joins the gradient, and Adam then divides it by √v̂ like the rest, so
// a weight whose gradients are large is barely decayed. AdamW (Loshchilov and Hutter, 2019)
// shrinks the weights outside the adaptive step instead:
//   W ← W − η λ W,  then Adam's step with the loss's gradient alone.
// For plain SGD the two are the same update; for Adam they differ
// (chapters/07-regularization/README.md, section 4).

/// Adam with decoupled weight decay on every weight matrix (rank ≥ 2; biases, batch
/// normalisation's scale and shift are not decayed).
public final class AdamW: Optimizer {
    public let adam: Adam
    public let weightDecay: Float

    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8,
                weightDecay: Float = 0.01) {
        require(weightDecay >= 0, "AdamW: the weight decay must be 0 or more, got \(weightDecay)")
        adam = Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
        self.weightDecay = weightDecay
    }

    public var learningRate: Float {
        get { adam.learningRate }
        set { adam.learningRate = newValue }
    }

    public func step(_ parameters: [Parameter]) {
        let shrink = 1 - learningRate * weightDecay
        for parameter in parameters where parameter.value.rank >= 2 && !parameter.isFrozen { parameter.value *= shrink }
        adam.step(parameters)
    }
}
