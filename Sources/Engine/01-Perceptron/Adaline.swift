// ADALINE (Widrow and Hoff, 1960): the same linear unit as the perceptron, trained on
// its linear output instead of its thresholded one. The delta rule is a stochastic
// gradient step on the squared error ½(y − w·x − b)². Derivation: chapters/01-perceptron/README.md.
//
// Shapes: x [d] one example, inputs [n, d], targets [n], weights [d].

/// An adaptive linear neuron: output w · x + b, prediction sign(w · x + b).
public struct Adaline: Sendable {
    /// The weight of each input feature, shape [d].
    public var weights: Tensor
    /// The bias b.
    public var bias: Float

    /// An ADALINE with the given weights and bias.
    public init(weights: Tensor, bias: Float = 0) {
        precondition(weights.rank == 1, "Adaline: weights must be a vector, got shape \(weights.shape)")
        self.weights = weights
        self.bias = bias
    }

    /// The linear output w · x + b of one example x [d].
    public func output(_ x: Tensor) -> Float { dot(weights, x) + bias }

    /// The predicted label (±1) of one example.
    public func predict(_ x: Tensor) -> Float { output(x) >= 0 ? 1 : -1 }

    /// The delta rule for one example: with error e = y − (w·x + b),
    /// w ← w + η e x and b ← b + η e. Returns the squared error e² before the step.
    @discardableResult
    public mutating func deltaUpdate(_ x: Tensor, target y: Float, learningRate: Float) -> Float {
        let error = y - output(x)
        weights += (learningRate * error) * x
        bias += learningRate * error
        return error * error
    }

    /// One pass of the delta rule over the examples in the given order (row order when
    /// nil). Returns the mean squared error of the pass, measured before each step.
    @discardableResult
    public mutating func trainEpoch(inputs: Tensor, targets: Tensor, learningRate: Float,
                                    order: [Int]? = nil) -> Float {
        precondition(inputs.rank == 2 && targets.shape == [inputs.shape[0]],
                     "Adaline.trainEpoch: inputs \(inputs.shape) and targets \(targets.shape) do not match")
        let rows = order ?? Array(0..<inputs.shape[0])
        var total: Float = 0
        for i in rows { total += deltaUpdate(inputs.row(i), target: targets[i], learningRate: learningRate) }
        return total / Float(rows.count)
    }

    /// The mean squared error (1/n) Σᵢ (yᵢ − w·xᵢ − b)² over all rows (without the ½ of the loss).
    public func meanSquaredError(inputs: Tensor, targets: Tensor) -> Float {
        var total: Float = 0
        for i in 0..<inputs.shape[0] {
            let error = targets[i] - output(inputs.row(i))
            total += error * error
        }
        return total / Float(inputs.shape[0])
    }
}
