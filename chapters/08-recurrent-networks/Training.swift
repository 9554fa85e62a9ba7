// The loops that train chapter 08's models: one for any batches of tokens and targets, read
// top to bottom; the rest of the file measures what a model learned.
import CourseRuntime
import Foundation
import RecurrentNetworks

/// Trains `model` on `batch(step)` for `steps` steps of Adam, clipping the gradient to `maxNorm`
/// with `clipping`, showing progress; returns the loss of every step, in nats.
func trainSequenceModel(_ model: SequenceModel, steps: Int, learningRate: Float, maxNorm: Float, label: String,
                        unit: String, itemsPerStep: Int, clipping: ([Parameter], Float) -> Float,
                        batch: (_ step: Int) -> (inputs: Tensor, targets: Tensor)) throws -> [Float] {
    let optimizer = Adam(learningRate: learningRate)
    let bar = ProgressBar(label: label, total: steps, unit: unit)
    var losses: [Float] = []
    var smoothed: Float = 0
    for step in 1...steps {
        let (inputs, targets) = batch(step)
        let (loss, _) = try model.trainStep(inputs, targets: targets, optimizer: optimizer, maxNorm: maxNorm, step: step,
                                            clipping: clipping)
        losses.append(loss)
        smoothed = step == 1 ? loss : 0.95 * smoothed + 0.05 * loss
        bar.update(completed: step, metrics: [("loss", smoothed)], items: step * itemsPerStep)
    }
    bar.finish()
    return losses
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
