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
    /// Applied to each training batch's inputs before its forward pass, never to validation
    /// data: data augmentation (chapter 07).
    public var augment: ((Tensor) -> Tensor)?
    private let baseRate: Float

    public init(network: Sequential, optimizer: any Optimizer, schedule: LearningRateSchedule = .constant,
                callbacks: [any TrainingCallback] = [], augment: ((Tensor) -> Tensor)? = nil) {
        self.network = network
        self.optimizer = optimizer
        self.schedule = schedule
        self.callbacks = callbacks
        self.augment = augment
        self.baseRate = optimizer.learningRate
    }

    /// Runs up to `epochs` epochs of mini-batches of `batchSize` drawn from a fresh permutation
    /// each epoch, stopping early when a callback says so. The network trains in training mode
    /// and is measured in evaluation mode (`Sequential.evaluating`). Throws `DivergenceError`
    /// at the first step whose loss is NaN or infinite.
    public func fit(_ training: Dataset, validation: Dataset? = nil, epochs: Int, batchSize: Int,
                    using generator: inout SeededGenerator) throws -> TrainingHistory {
        defer { callbacks.forEach { $0.trainingEnded(network: network) } }
        network.setMode(.training)
        var learningRates: [Float] = []
        let result = try runEpochs(
            on: training, validation: validation, epochs: epochs, batchSize: batchSize,
            using: &generator, operation: "Trainer.fit",
            learningRate: { epoch, _ in schedule.rate(epoch: epoch, base: baseRate) },
            computeGradients: { batch in
                network.trainingStep(augment.map { Dataset(inputs: $0(batch.inputs), targets: batch.targets) } ?? batch)
            },
            update: { rate in
                optimizer.learningRate = rate
                optimizer.step(network.parameters)
            },
            evaluate: { network.evaluate($0) },
            afterBatch: { step, loss in
                for callback in callbacks { callback.afterBatch(step: step, loss: loss) }
            },
            afterEpoch: { record in
                learningRates.append(schedule.rate(epoch: record.epoch, base: baseRate))
                let decisions = callbacks.map { $0.afterEpoch(record, network: network) }
                return decisions.contains(.stop)
            })
        return TrainingHistory(epochs: result.epochs, learningRates: learningRates, stepLosses: result.stepLosses)
    }
}
