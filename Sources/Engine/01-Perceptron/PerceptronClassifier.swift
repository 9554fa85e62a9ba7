// Rosenblatt's perceptron (1958): a linear score, a hard threshold, and a rule that
// moves the weights only when the prediction is wrong. Derivation: chapters/01-perceptron/README.md.
//
// Shapes: x [d] one example, inputs [n, d], labels [n] with values −1 or +1,
// weights [d], bias a number.

/// A perceptron with labels −1 and +1: ŷ = sign(w · x + b).
public struct PerceptronClassifier: Sendable {
    /// The weight of each input feature, shape [d].
    public var weights: Tensor
    /// The bias b, the negative of the threshold.
    public var bias: Float

    /// A perceptron with the given weights and bias.
    public init(weights: Tensor, bias: Float = 0) {
        precondition(weights.rank == 1, "PerceptronClassifier: weights must be a vector, got shape \(weights.shape)")
        self.weights = weights
        self.bias = bias
    }

    /// A perceptron for `features` inputs with every weight and the bias at zero.
    public init(features: Int) { self.init(weights: .zeros([features])) }

    /// The score w · x + b of one example x [d].
    public func score(_ x: Tensor) -> Float { dot(weights, x) + bias }

    /// The predicted label of one example: +1 if w · x + b ≥ 0, else −1.
    public func predict(_ x: Tensor) -> Float { score(x) >= 0 ? 1 : -1 }

    /// The scores of every row of `inputs` [n, d], shape [n].
    public func scores(_ inputs: Tensor) -> Tensor {
        precondition(inputs.rank == 2 && inputs.shape[1] == weights.count,
                     "shape mismatch in scores: inputs \(inputs.shape) against weights \(weights.shape)")
        let (n, d) = (inputs.shape[0], inputs.shape[1])
        var out = Tensor.zeros([n])
        inputs.withUnsafeScalars { x in
            weights.withUnsafeScalars { w in
                out.withUnsafeMutableScalars { o in
                    for i in 0..<n {
                        let row = x.baseAddress! + i * d
                        var total: Float = 0
                        for j in 0..<d { total += row[j] * w[j] }
                        o[i] = total + bias
                    }
                }
            }
        }
        return out
    }

    /// The predicted labels (−1 or +1) of every row of `inputs` [n, d], shape [n].
    public func predictions(_ inputs: Tensor) -> Tensor { sign(scores(inputs)) }

    /// The perceptron rule for one example x [d] with label y (±1): when sign(w·x + b) ≠ y,
    /// w ← w + η y x and b ← b + η y; otherwise nothing changes. Returns whether it was a mistake.
    @discardableResult
    public mutating func update(_ x: Tensor, label y: Float, learningRate: Float = 1) -> Bool {
        guard predict(x) != y else { return false }
        weights += (learningRate * y) * x
        bias += learningRate * y
        return true
    }

    /// One pass over the examples in the given order (all of them, in row order, when nil).
    /// Returns the number of mistakes made during the pass.
    @discardableResult
    public mutating func trainEpoch(inputs: Tensor, labels: Tensor, learningRate: Float = 1,
                                    order: [Int]? = nil) -> Int {
        checkLabelledData(inputs: inputs, labels: labels, operation: "trainEpoch")
        var mistakes = 0
        for i in order ?? Array(0..<inputs.shape[0]) where update(inputs.row(i), label: labels[i], learningRate: learningRate) {
            mistakes += 1
        }
        return mistakes
    }

    /// The fraction of rows whose predicted label equals the label.
    public func accuracy(inputs: Tensor, labels: Tensor) -> Float {
        checkLabelledData(inputs: inputs, labels: labels, operation: "accuracy")
        let predicted = predictions(inputs)
        var correct = 0
        for i in 0..<labels.count where predicted.scalars[i] == labels.scalars[i] { correct += 1 }
        return Float(correct) / Float(labels.count)
    }
}

/// Stops with a clear message unless `inputs` is [n, d] and `labels` is [n] of ±1.
func checkLabelledData(inputs: Tensor, labels: Tensor, operation: String) {
    precondition(inputs.rank == 2, "\(operation): inputs must be a matrix [n, d], got shape \(inputs.shape)")
    precondition(labels.shape == [inputs.shape[0]],
                 "\(operation): \(inputs.shape[0]) inputs but labels of shape \(labels.shape)")
    precondition(labels.scalars.allSatisfy { $0 == 1 || $0 == -1 },
                 "\(operation): labels must be −1 or +1, found \(labels.scalars.first { $0 != 1 && $0 != -1 }!)")
}
