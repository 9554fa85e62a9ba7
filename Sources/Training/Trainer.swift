// The training loop of the rest of the course: mini-batches, an optimiser, a schedule,
// a history, and callbacks that watch each epoch and may stop training.

/// What a callback asks the trainer to do after an epoch.
public enum TrainingDecision: Sendable, Equatable {
    case proceed, stop
}

/// Watches training: called after every batch and every epoch.
public protocol TrainingCallback: AnyObject {
    func afterBatch(step: Int, loss: Float)
    /// Decides whether training goes on after `record`.
    func afterEpoch(_ record: EpochRecord, network: Sequential) -> TrainingDecision
    /// Called once when training ends, however it ended.
    func trainingEnded(network: Sequential)
}

extension TrainingCallback {
    public func afterBatch(step: Int, loss: Float) {}
    public func afterEpoch(_ record: EpochRecord, network: Sequential) -> TrainingDecision { .proceed }
    public func trainingEnded(network: Sequential) {}
}

/// The outcome of `Trainer.fit`.
public struct TrainingHistory: Sendable {
    /// One record per epoch run.
    public var epochs: [EpochRecord] = []
    /// The learning rate of each epoch.
    public var learningRates: [Float] = []
    /// The loss of every step.
    public var stepLosses: [Float] = []
}

/// Trains a classifier network with softmax cross-entropy.
public final class Trainer {
    public let network: Sequential
    public let optimizer: any Optimizer
    public let schedule: LearningRateSchedule
    public var callbacks: [any TrainingCallback]
    private let baseRate: Float

    public init(network: Sequential, optimizer: any Optimizer, schedule: LearningRateSchedule = .constant,
                callbacks: [any TrainingCallback] = []) {
        self.network = network
        self.optimizer = optimizer
        self.schedule = schedule
        self.callbacks = callbacks
        self.baseRate = optimizer.learningRate
    }

    /// Runs up to `epochs` epochs of mini-batches of `batchSize` drawn from a fresh permutation
    /// each epoch, stopping early when a callback says so. Throws `DivergenceError` at the
    /// first step whose loss is NaN or infinite.
    public func fit(_ training: Dataset, validation: Dataset? = nil, epochs: Int, batchSize: Int,
                    using generator: inout SeededGenerator) throws -> TrainingHistory {
        precondition(training.count > 0, "Trainer.fit: the training set is empty")
        precondition(epochs > 0 && batchSize > 0, "Trainer.fit: epochs and batch size must be positive")
        var history = TrainingHistory()
        defer { callbacks.forEach { $0.trainingEnded(network: network) } }
        for epoch in 1...epochs {
            optimizer.learningRate = schedule.rate(epoch: epoch, base: baseRate)
            history.learningRates.append(optimizer.learningRate)
            var lossSum: Double = 0, correct: Float = 0
            for batch in training.batches(size: batchSize, order: generator.permutation(training.count)) {
                let logits = network.forward(batch.inputs)
                let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: batch.targets)
                guard loss.isFinite else {
                    throw DivergenceError(step: history.stepLosses.count + 1, loss: loss,
                                          learningRate: optimizer.learningRate, history: history.stepLosses)
                }
                network.backwardParametersOnly(gradient)
                optimizer.step(network.parameters)
                history.stepLosses.append(loss)
                lossSum += Double(loss) * Double(batch.count)
                correct += accuracy(scores: logits, labels: batch.targets) * Float(batch.count)
                for callback in callbacks { callback.afterBatch(step: history.stepLosses.count, loss: loss) }
            }
            var record = EpochRecord(epoch: epoch, trainingLoss: Float(lossSum / Double(training.count)),
                                     trainingAccuracy: correct / Float(training.count))
            if let validation { (record.validationLoss, record.validationAccuracy) = network.evaluate(validation) }
            history.epochs.append(record)
            let decisions = callbacks.map { $0.afterEpoch(record, network: network) }
            if decisions.contains(.stop) { break }
        }
        return history
    }
}
