// The loops that train chapter 08's models: one for any batches of tokens and targets, read
// top to bottom; the rest of the file measures what a model learned.
import CourseRuntime
import Foundation
import RecurrentNetworks

/// What one training run left behind.
struct SequenceRun {
    /// The loss of every step, in nats.
    var losses: [Float] = []
    /// The gradient's norm before clipping, at every step.
    var gradientNorms: [Float] = []
    var seconds: Double = 0
}

/// Trains `model` on `batch(step)` for `steps` steps of Adam, clipping the gradient to `maxNorm`
/// with `clipping`, showing progress.
func trainSequenceModel(_ model: SequenceModel, steps: Int, learningRate: Float, maxNorm: Float, label: String,
                             unit: String, itemsPerStep: Int, clipping: ([Parameter], Float) -> Float,
                             batch: (_ step: Int) -> (inputs: Tensor, targets: Tensor)) throws -> SequenceRun {
    let optimizer = Adam(learningRate: learningRate)
    let bar = ProgressBar(label: label, total: steps, unit: unit)
    var run = SequenceRun()
    let clock = ContinuousClock(), started = clock.now
    var smoothed: Float = 0
    for step in 1...steps {
        let (inputs, targets) = batch(step)
        let (loss, norm) = try model.trainStep(inputs, targets: targets, optimizer: optimizer, maxNorm: maxNorm, step: step,
                                               clipping: clipping)
        run.losses.append(loss)
        run.gradientNorms.append(norm)
        smoothed = step == 1 ? loss : 0.95 * smoothed + 0.05 * loss
        bar.update(completed: step, metrics: [("loss", smoothed)], items: step * itemsPerStep)
    }
    bar.finish()
    run.seconds = (clock.now - started).inSeconds
    return run
}

/// The fraction of sequences whose last step's likeliest class is the target there.
func lastStepAccuracy(_ model: SequenceModel, inputs: Tensor, targets: Tensor) -> Float {
    let last = inputs.shape[0] - 1
    return accuracy(scores: model.forward(inputs).row(last), labels: targets.row(last))
}

/// The mean loss per character over `batches`, in bits, the carried state running through them.
func bitsPerCharacter(_ model: SequenceModel, _ batches: [(inputs: Tensor, targets: Tensor)]) -> Float {
    model.recurrent.resetState()
    defer { model.recurrent.resetState() }
    let total = batches.reduce(Float(0)) { $0 + sequenceCrossEntropy(logits: model.forward($1.inputs), targets: $1.targets).loss }
    return total / Float(batches.count) / log(2)
}

/// Numbers for messages: 4 decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }

/// A name padded to `width` characters, for tables.
func padded(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
