// Early stopping: watch the validation loss, keep the weights of its best epoch, stop
// when it has not improved for `patience` epochs, and put the best weights back.

/// The rule alone: given the validation losses so far, stop or go on.
public struct EarlyStoppingRule: Sendable, Equatable {
    /// Epochs without improvement to tolerate before stopping.
    public let patience: Int
    /// How much lower than the best so far a loss must be to count as an improvement.
    public let minimumImprovement: Float

    public init(patience: Int, minimumImprovement: Float = 0) {
        precondition(patience >= 1, "EarlyStoppingRule: patience must be at least 1, got \(patience)")
        self.patience = patience
        self.minimumImprovement = minimumImprovement
    }

    /// The epoch (counted from 1) of the best loss so far — walking the losses in order, a
    /// loss becomes the new best when it is lower than the best by more than
    /// `minimumImprovement` — and whether to stop now, which is when `patience` epochs have
    /// passed since it.
    public func decide(validationLosses losses: [Float]) -> (stop: Bool, bestEpoch: Int) {
        precondition(!losses.isEmpty, "EarlyStoppingRule: no validation losses yet")
        var best = 0
        for epoch in 1..<losses.count where losses[epoch] < losses[best] - minimumImprovement { best = epoch }
        return (losses.count - 1 - best >= patience, best + 1)
    }
}

/// A callback applying `EarlyStoppingRule` (or another decision) to the validation loss; it
/// copies the network's parameters (and layers' state) at each new best epoch and restores them when training ends.
public final class EarlyStopping: TrainingCallback {
    public let rule: EarlyStoppingRule
    /// The decision applied after each epoch: the rule's, or the one given to `init`.
    private let decide: ([Float]) -> (stop: Bool, bestEpoch: Int)
    /// The validation loss of every epoch so far.
    public private(set) var losses: [Float] = []
    /// The best epoch so far (counted from 1), and the epoch training was stopped at, if it was.
    public private(set) var bestEpoch = 0
    public private(set) var stoppedEpoch: Int?
    private var bestValues: [Tensor] = []
    /// The layers' state at the best epoch: batch normalisation's running statistics belong
    /// to the weights they were measured with.
    private var bestState: [Tensor] = []

    public init(patience: Int, minimumImprovement: Float = 0) {
        let rule = EarlyStoppingRule(patience: patience, minimumImprovement: minimumImprovement)
        self.rule = rule
        decide = rule.decide(validationLosses:)
    }

    /// Early stopping whose decision is `decide` (given the losses so far: whether to stop,
    /// and the best epoch counted from 1), such as a learner's own rule.
    public init(patience: Int, minimumImprovement: Float = 0, decide: @escaping ([Float]) -> (stop: Bool, bestEpoch: Int)) {
        rule = EarlyStoppingRule(patience: patience, minimumImprovement: minimumImprovement)
        self.decide = decide
    }

    public func afterEpoch(_ record: EpochRecord, network: Sequential) -> TrainingDecision {
        guard let loss = record.validationLoss else {
            preconditionFailure("EarlyStopping: it watches the validation loss, so pass a validation set to fit")
        }
        losses.append(loss)
        let (stop, best) = decide(losses)
        if best != bestEpoch {
            bestEpoch = best
            bestValues = network.parameters.map(\.value)
            bestState = network.state.map(\.value)
        }
        if stop { stoppedEpoch = record.epoch }
        return stop ? .stop : .proceed
    }

    /// Puts the best epoch's weights back.
    public func trainingEnded(network: Sequential) {
        guard !bestValues.isEmpty else { return }
        for (parameter, value) in zip(network.parameters, bestValues) { parameter.value = value }
        for (state, value) in zip(network.state, bestState) { state.value = value }
    }
}
