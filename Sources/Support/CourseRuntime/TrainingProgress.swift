// The progress bar of a mini-batch training run: a smoothed loss after every batch, and
// the epoch's loss and validation accuracy at the end of each epoch.

/// A progress bar fed by a trainer's per-batch and per-epoch callbacks.
public final class TrainingProgress {
    private let bar: ProgressBar
    private let batchesPerEpoch: Int
    private let batchSize: Int
    private let examples: Int
    private var recentLoss: Float = 0

    /// A bar for `epochs` epochs over `examples` examples in batches of `batchSize`.
    public init(label: String, examples: Int, batchSize: Int, epochs: Int) {
        batchesPerEpoch = (examples + batchSize - 1) / batchSize
        (self.batchSize, self.examples) = (batchSize, examples)
        bar = ProgressBar(label: label, total: batchesPerEpoch * epochs)
    }

    /// After batch `done` (counted from 1 over the whole run): the loss, averaged over about
    /// the last 50 batches so the figure is readable.
    public func batchFinished(_ done: Int, loss: Float) {
        recentLoss = done == 1 ? loss : 0.98 * recentLoss + 0.02 * loss
        let epochsDone = (done - 1) / batchesPerEpoch
        let items = epochsDone * examples + Swift.min((done - epochsDone * batchesPerEpoch) * batchSize, examples)
        bar.update(completed: done, metrics: [("loss", recentLoss)], items: items)
    }

    /// After epoch `epoch`: its mean training loss, and its validation accuracy when measured.
    public func epochFinished(_ epoch: Int, trainingLoss: Float, validationAccuracy: Float?) {
        var metrics: [(String, Float)] = [("loss", trainingLoss)]
        if let validationAccuracy { metrics.append(("val acc", validationAccuracy)) }
        bar.update(completed: epoch * batchesPerEpoch, metrics: metrics, items: epoch * examples)
    }

    /// The final line, with the elapsed time.
    public func finish() { bar.finish() }
}
