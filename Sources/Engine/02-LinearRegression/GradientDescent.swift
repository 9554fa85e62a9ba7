// Gradient descent for the linear model: full batch, stochastic (batch size 1), or
// mini-batch, with optional ridge penalty. Each step is θ ← θ − η ∇J(θ; batch).

/// The training stopped because the loss stopped being a finite number.
public struct DivergenceError: Error, CustomStringConvertible {
    /// The step (counted from 1) whose loss was NaN or infinite.
    public let step: Int
    /// That loss.
    public let loss: Float
    /// The learning rate in use.
    public let learningRate: Float
    /// The loss after every step before it diverged.
    public let history: [Float]

    public init(step: Int, loss: Float, learningRate: Float, history: [Float]) {
        self.step = step
        self.loss = loss
        self.learningRate = learningRate
        self.history = history
    }

    public var description: String {
        "the loss became \(loss) at step \(step) with learning rate \(learningRate): "
            + "the steps overshoot and grow. Try a smaller learning rate (say \(learningRate / 10)), "
            + "or standardise the inputs so the features have similar scales"
    }
}

/// How to run gradient descent.
public struct GradientDescentSettings: Sendable {
    /// The step size η.
    public var learningRate: Float
    /// Passes over the data.
    public var epochs: Int
    /// Examples per step: nil for the whole training set (batch gradient descent), 1 for
    /// stochastic gradient descent, anything between for mini-batches.
    public var batchSize: Int?
    /// The ridge penalty λ (0 for plain least squares).
    public var lambda: Float

    public init(learningRate: Float, epochs: Int, batchSize: Int? = nil, lambda: Float = 0) {
        precondition(learningRate > 0, "GradientDescentSettings: the learning rate must be positive, got \(learningRate)")
        precondition(epochs > 0, "GradientDescentSettings: epochs must be positive, got \(epochs)")
        precondition(batchSize.map { $0 > 0 } ?? true, "GradientDescentSettings: the batch size must be positive")
        self.learningRate = learningRate
        self.epochs = epochs
        self.batchSize = batchSize
        self.lambda = lambda
    }
}

/// Trains `model` on (X, y) by gradient descent and returns the training objective on the
/// whole training set after every step (the history a loss curve is drawn from).
///
/// Mini-batches are drawn from a fresh permutation each epoch, made by `generator`, so the
/// same seed gives the same run. Throws `DivergenceError` as soon as the loss is NaN or
/// infinite, naming the step. `gradient` computes each step's gradient: the engine's
/// `ridgeGradient` by default (chapter 02's `--mine` passes the learner's).
public func trainByGradientDescent(_ model: inout LinearModel, inputs: Tensor, targets: Tensor,
                                   settings: GradientDescentSettings,
                                   gradient ridgeGradient: (LinearModel, _ inputs: Tensor, _ targets: Tensor,
                                                            _ lambda: Float) -> LinearGradient = ridgeGradient,
                                   using generator: inout SeededGenerator,
                                   afterEachEpoch: (_ epoch: Int, _ loss: Float) -> Void = { _, _ in }) throws -> [Float] {
    let data = Dataset(inputs: inputs, targets: targets)
    var history: [Float] = []
    for epoch in 1...settings.epochs {
        let order = generator.permutation(data.count)
        for batch in data.batches(size: settings.batchSize ?? data.count, order: order) {
            let gradient = ridgeGradient(model, batch.inputs, batch.targets, settings.lambda)
            model.weights -= settings.learningRate * gradient.weights
            model.bias -= settings.learningRate * gradient.bias
            let loss = ridgeLoss(model, inputs: inputs, targets: targets, lambda: settings.lambda)
            guard loss.isFinite else {
                throw DivergenceError(step: history.count + 1, loss: loss,
                                      learningRate: settings.learningRate, history: history)
            }
            history.append(loss)
        }
        afterEachEpoch(epoch, history.last!)
    }
    return history
}
