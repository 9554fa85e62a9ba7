// The mini-batch epoch loop every trainer of the course runs: chapter 03's linear
// classifiers, chapter 04's networks, chapter 05's Trainer. They differ only in how a batch's
// gradients are computed and applied, in the learning rate of a step, and in whether
// training may stop early; the loop itself is here once.

/// What the epoch loop produced.
public struct EpochLoopResult: Sendable {
    /// One record per epoch run.
    public var epochs: [EpochRecord] = []
    /// The loss of every step, in order.
    public var stepLosses: [Float] = []
}

/// Runs up to `epochs` epochs over `training` in mini-batches of `batchSize`, each epoch in a
/// fresh permutation drawn from `generator`.
///
/// For each batch: `computeGradients` runs the forward and backward passes and returns the
/// batch's loss and scores [n, k]; if the loss is NaN or infinite the loop throws
/// `DivergenceError` naming the step, before any update; otherwise `update` applies the
/// gradients with `learningRate(epoch, stepsDone)`. After each epoch it evaluates
/// `validation` (if any) and stops early when `afterEpoch` returns true.
public func runEpochs(
    on training: Dataset, validation: Dataset?, epochs: Int, batchSize: Int,
    using generator: inout SeededGenerator, operation: String,
    learningRate: (_ epoch: Int, _ stepsDone: Int) -> Float,
    computeGradients: (_ batch: Dataset) -> (loss: Float, scores: Tensor),
    update: (_ learningRate: Float) -> Void,
    evaluate: (_ data: Dataset) -> (loss: Float, accuracy: Float),
    afterBatch: (_ stepsDone: Int, _ loss: Float) -> Void,
    afterEpoch: (EpochRecord) -> Bool
) throws -> EpochLoopResult {
    precondition(training.count > 0, "\(operation): the training set is empty")
    precondition(epochs > 0 && batchSize > 0, "\(operation): epochs and batch size must be positive")
    var result = EpochLoopResult()
    for epoch in 1...epochs {
        var lossSum: Double = 0, correct: Float = 0
        for batch in training.batches(size: batchSize, order: generator.permutation(training.count)) {
            let (loss, scores) = computeGradients(batch)
            let rate = learningRate(epoch, result.stepLosses.count)
            guard loss.isFinite else {
                throw DivergenceError(step: result.stepLosses.count + 1, loss: loss, learningRate: rate,
                                      history: result.stepLosses)
            }
            update(rate)
            correct += accuracy(scores: scores, labels: batch.targets) * Float(batch.count)
            result.stepLosses.append(loss)
            lossSum += Double(loss) * Double(batch.count)
            afterBatch(result.stepLosses.count, loss)
        }
        var record = EpochRecord(epoch: epoch, trainingLoss: Float(lossSum / Double(training.count)),
                                 trainingAccuracy: correct / Float(training.count))
        if let validation { (record.validationLoss, record.validationAccuracy) = evaluate(validation) }
        result.epochs.append(record)
        if afterEpoch(record) { break }
    }
    return result
}
