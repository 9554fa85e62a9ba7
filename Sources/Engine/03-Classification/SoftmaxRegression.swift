// Softmax regression (multinomial logistic regression): one linear score per class,
// turned into probabilities by softmax and trained on cross-entropy.
// Derivation: chapters/03-classification/README.md.
//
// Shapes: inputs X [n, d], labels y [n], weights W [d, k], bias b [k], logits Z = X W + b [n, k].

/// A linear classifier of k classes: P(class j | x) = softmax(x W + b)ⱼ.
public struct SoftmaxRegression: TrainableClassifier, Sendable {
    /// Column j is the template of class j, shape [d, k].
    public var weights: Tensor
    /// One bias per class, shape [k].
    public var bias: Tensor

    public init(weights: Tensor, bias: Tensor) {
        precondition(weights.rank == 2 && bias.shape == [weights.shape[1]],
                     "SoftmaxRegression: weights must be [d, k] and bias [k], got \(weights.shape) and \(bias.shape)")
        self.weights = weights
        self.bias = bias
    }

    /// A model for `features` inputs and `classes` classes with every parameter at zero
    /// (a convex loss needs no random start).
    public init(features: Int, classes: Int) {
        self.init(weights: .zeros([features, classes]), bias: .zeros([classes]))
    }

    public var classCount: Int { bias.count }

    /// The logits X W + b, shape [n, k].
    public func scores(_ inputs: Tensor) -> Tensor {
        precondition(inputs.rank == 2 && inputs.shape[1] == weights.shape[0],
                     "shape mismatch in SoftmaxRegression: inputs \(inputs.shape) against weights \(weights.shape)")
        return matmul(inputs, weights) + bias
    }

    /// The class probabilities, shape [n, k].
    public func probabilities(_ inputs: Tensor) -> Tensor { softmax(scores(inputs)) }

    /// The gradient of (mean cross-entropy + (λ/2)‖W‖²) and the loss itself:
    /// G = (P − Y)/n, ∂L/∂W = Xᵀ G + λ W, ∂L/∂b = Σᵢ Gᵢ.
    public func lossAndGradient(inputs: Tensor, labels: Tensor, weightDecay: Float) -> (loss: Float, gradient: SoftmaxRegression, scores: Tensor) {
        let logits = scores(inputs)
        let g = crossEntropyGradient(logits: logits, labels: labels)         // [n, k]
        var loss = crossEntropy(logits: logits, labels: labels)
        var gradientWeights = matmul(inputs, g, transposeA: true)            // Xᵀ G: [d, k]
        if weightDecay > 0 {
            gradientWeights += weightDecay * weights
            loss += weightDecay / 2 * weights.squared().sum()
        }
        return (loss, SoftmaxRegression(weights: gradientWeights, bias: g.sum(alongAxis: 0)), logits)
    }

    public mutating func step(along gradient: SoftmaxRegression, learningRate: Float) {
        weights -= learningRate * gradient.weights
        bias -= learningRate * gradient.bias
    }
}

/// Logistic regression: two classes (labels 0 and 1), P(y = 1 | x) = σ(x · w + b).
public struct LogisticRegression: TrainableClassifier, Sendable {
    /// One weight per feature, shape [d].
    public var weights: Tensor
    public var bias: Float

    public init(weights: Tensor, bias: Float = 0) {
        precondition(weights.rank == 1, "LogisticRegression: weights must be [d], got \(weights.shape)")
        self.weights = weights
        self.bias = bias
    }

    public init(features: Int) { self.init(weights: .zeros([features])) }

    public var classCount: Int { 2 }

    /// The score x · w + b of each row, shape [n].
    public func logits(_ inputs: Tensor) -> Tensor {
        precondition(inputs.rank == 2 && inputs.shape[1] == weights.count,
                     "shape mismatch in LogisticRegression: inputs \(inputs.shape) against weights \(weights.shape)")
        return matmul(inputs, weights) + bias
    }

    /// Scores for the two classes as columns [0, s], shape [n, 2]: softmax of that row is
    /// (1 − σ(s), σ(s)), so the multi-class metrics apply unchanged.
    public func scores(_ inputs: Tensor) -> Tensor { twoClassScores(logits(inputs)) }

    /// The gradient of (mean binary cross-entropy + (λ/2)‖w‖²) and the loss:
    /// g = (σ(s) − y)/n, ∂L/∂w = Xᵀ g + λ w, ∂L/∂b = Σᵢ gᵢ.
    public func lossAndGradient(inputs: Tensor, labels: Tensor, weightDecay: Float) -> (loss: Float, gradient: LogisticRegression, scores: Tensor) {
        let s = logits(inputs)
        let g = binaryCrossEntropyGradient(scores: s, labels: labels)       // [n]
        var loss = binaryCrossEntropy(scores: s, labels: labels)
        var gradientWeights = matmul(inputs, g, transposeA: true)           // [d]
        if weightDecay > 0 {
            gradientWeights += weightDecay * weights
            loss += weightDecay / 2 * weights.squared().sum()
        }
        return (loss, LogisticRegression(weights: gradientWeights, bias: g.sum()), twoClassScores(s))
    }

    public mutating func step(along gradient: LogisticRegression, learningRate: Float) {
        weights -= learningRate * gradient.weights
        bias -= learningRate * gradient.bias
    }
}

/// Two-class scores [n, 2] with rows (0, sᵢ): their softmax is (1 − σ(sᵢ), σ(sᵢ)).
private func twoClassScores(_ s: Tensor) -> Tensor {
    Tensor(shape: [s.count, 2], scalars: s.scalars.flatMap { [0, $0] })
}
