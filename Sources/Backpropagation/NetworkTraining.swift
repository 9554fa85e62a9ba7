// Training a classifier network by mini-batch SGD: forward, loss, backward, step.
// Chapter 05 replaces the plain step with optimisers and adds callbacks.

extension Sequential {
    /// The class scores (logits) of each row, computed in batches so a large set does not
    /// need one huge intermediate tensor.
    public func scores(_ inputs: Tensor, batchSize: Int = 1000) -> Tensor {
        let n = inputs.shape[0]
        var rows: [Float] = []
        var classes = 0
        for start in stride(from: 0, to: n, by: batchSize) {
            let out = forward(inputs.rows(Array(start..<Swift.min(start + batchSize, n))))
            classes = out.shape[1]
            rows += out.scalars
        }
        return Tensor(shape: [n, classes], scalars: rows)
    }

    /// Mean cross-entropy and accuracy on a dataset of inputs [n, d] and labels [n].
    public func evaluate(_ data: Dataset) -> (loss: Float, accuracy: Float) {
        let logits = scores(data.inputs)
        return (crossEntropy(logits: logits, labels: data.targets), accuracy(scores: logits, labels: data.targets))
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
    precondition(training.count > 0, "trainNetwork: the training set is empty")
    var history: [EpochRecord] = []
    var losses: [Float] = []
    let totalSteps = settings.epochs * ((training.count + settings.batchSize - 1) / settings.batchSize)
    for epoch in 1...settings.epochs {
        var lossSum: Double = 0, correct: Float = 0
        for batch in training.batches(size: settings.batchSize, order: generator.permutation(training.count)) {
            let logits = network.forward(batch.inputs)
            let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: batch.targets)
            guard loss.isFinite else {
                throw DivergenceError(step: losses.count + 1, loss: loss, learningRate: settings.learningRate,
                                      history: losses)
            }
            network.backwardParametersOnly(gradient)
            if settings.weightDecay > 0 {
                for parameter in network.parameters where parameter.name.hasSuffix("weight") {
                    parameter.gradient.add(parameter.value, scaledBy: settings.weightDecay)
                }
            }
            network.descend(learningRate: settings.learningRate(atStep: losses.count, of: totalSteps))
            correct += accuracy(scores: logits, labels: batch.targets) * Float(batch.count)
            losses.append(loss)
            lossSum += Double(loss) * Double(batch.count)
            afterBatch(losses.count, loss)
        }
        var record = EpochRecord(epoch: epoch, trainingLoss: Float(lossSum / Double(training.count)),
                                 trainingAccuracy: correct / Float(training.count))
        if let validation { (record.validationLoss, record.validationAccuracy) = network.evaluate(validation) }
        history.append(record)
        afterEpoch(record)
    }
    return history
}
