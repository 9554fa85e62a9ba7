// A callback that only watches: how a demo reports progress while the Trainer trains.

/// Calls `afterBatch` after every step and `afterEpoch` after every epoch, and never stops
/// training.
public final class EpochWatcher: TrainingCallback {
    let batchFinished: (_ step: Int, _ loss: Float) -> Void
    let epochFinished: (EpochRecord) -> Void

    public init(afterBatch: @escaping (_ step: Int, _ loss: Float) -> Void = { _, _ in },
                afterEpoch: @escaping (EpochRecord) -> Void) {
        (batchFinished, epochFinished) = (afterBatch, afterEpoch)
    }

    public func afterBatch(step: Int, loss: Float) { batchFinished(step, loss) }

    public func afterEpoch(_ record: EpochRecord, network: Sequential) -> TrainingDecision {
        epochFinished(record)
        return .proceed
    }
}
