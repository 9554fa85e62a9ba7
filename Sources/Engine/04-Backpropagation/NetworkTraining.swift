// Training a classifier network by mini-batch SGD: forward, loss, backward, step.
// Chapter 05 replaces the plain step with optimisers and adds callbacks.

extension Sequential {
    /// The class scores (logits) of each row, in evaluation mode, computed in batches so a
    /// large set does not need one huge intermediate tensor: [n, k], or [n, …] whatever shape
    /// the network's output has (an autoencoder's codes, chapter 13).
    public func scores(_ inputs: Tensor, batchSize: Int = 1000) -> Tensor {
        evaluating {
            let n = inputs.shape[0]
            var rows: [Float] = []
            var shape: [Int] = []
            for start in stride(from: 0, to: n, by: batchSize) {
                let out = forward(inputs.rows(Array(start..<Swift.min(start + batchSize, n))))
                shape = Array(out.shape.dropFirst())
                rows += out.scalars
            }
            return Tensor(shape: [n] + shape, scalars: rows)
        }
    }

    /// Mean cross-entropy and accuracy on a dataset of inputs [n, d] and labels [n].
    public func evaluate(_ data: Dataset) -> (loss: Float, accuracy: Float) {
        let logits = scores(data.inputs)
        return (crossEntropy(logits: logits, labels: data.targets), accuracy(scores: logits, labels: data.targets))
    }

    /// The forward and backward passes of one training batch with softmax cross-entropy:
    /// stores every parameter's gradient and returns the loss and the batch's logits.
    public func trainingStep(_ batch: Dataset) -> (loss: Float, scores: Tensor) {
        let logits = forward(batch.inputs)
        let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: batch.targets)
        // A NaN loss is reported by the caller before any update, so its gradient is harmless.
        backwardParametersOnly(gradient)
        return (loss, logits)
    }

    /// One step of plain gradient descent on every parameter: θ ← θ − η ∂L/∂θ.
    public func descend(learningRate: Float) {
        for parameter in parameters { parameter.value.add(parameter.gradient, scaledBy: -learningRate) }
    }
}

/// Trains `network` on (inputs, labels) by mini-batch SGD with softmax cross-entropy.
/// Calls `afterBatch` after every step and `afterEpoch` after every epoch, and throws
/// `DivergenceError` at the first step whose loss is NaN or infinite.
public func trainNetwork(_ network: Sequential, on training: Dataset, validation: Dataset? = nil,
                         settings: SGDSettings, using generator: inout SeededGenerator,
                         afterBatch: (_ batchesDone: Int, _ loss: Float) -> Void = { _, _ in },
                         afterEpoch: (EpochRecord) -> Void = { _ in }) throws -> [EpochRecord] {
    let totalSteps = settings.epochs * ((training.count + settings.batchSize - 1) / settings.batchSize)
    return try runEpochs(
        on: training, validation: validation, epochs: settings.epochs, batchSize: settings.batchSize,
        using: &generator, operation: "trainNetwork",
        learningRate: { _, stepsDone in settings.learningRate(atStep: stepsDone, of: totalSteps) },
        computeGradients: { batch in network.trainingStep(batch) },
        update: { rate in
            // Weight decay: the gradient of (λ/2)‖W‖² for every weight matrix, not the biases.
            if settings.weightDecay > 0 {
                for parameter in network.parameters where parameter.value.rank >= 2 {
                    parameter.gradient.add(parameter.value, scaledBy: settings.weightDecay)
                }
            }
            network.descend(learningRate: rate)
        },
        evaluate: { network.evaluate($0) },
        afterBatch: afterBatch,
        afterEpoch: { record in
            afterEpoch(record)
            return false
        }).epochs
}
