// The loss of a sequence model: chapter 03's softmax cross-entropy at every step that has a
// target, averaged over all of them. A language model predicts every next character, so every
// step counts; the addition task answers only in its last steps.
//
// Shapes: logits [T, n, k], targets [T, n] (class indices as Float; a negative target marks a
//   step without one), gradient [T, n, k].

/// The mean cross-entropy over the steps that have targets, in nats, and its gradient with
/// respect to the logits (zero at steps without a target).
public func sequenceCrossEntropy(logits: Tensor, targets: Tensor) -> (loss: Float, gradient: Tensor) {
    require(logits.rank == 3 && targets.shape == Array(logits.shape.prefix(2)),
            "shape mismatch in sequenceCrossEntropy: logits \(logits.shape) and targets \(targets.shape); expected "
            + "logits [T, n, k] and targets [T, n]")
    let k = logits.shape[2]
    let rows = logits.reshaped([-1, k])
    let counted = targets.scalars.indices.filter { targets.scalars[$0] >= 0 }
    require(!counted.isEmpty, "sequenceCrossEntropy: no step of the \(targets.shape) targets has one (all are negative)")
    guard counted.count < targets.count else {
        let (loss, gradient) = softmaxCrossEntropy(logits: rows, labels: targets.flattened())
        return (loss, gradient.reshaped(logits.shape))
    }
    // Only the rows with targets: their mean loss, and their gradient put back in place.
    let (loss, partial) = softmaxCrossEntropy(logits: rows.rows(counted), labels: targets.flattened().rows(counted))
    let p = partial.scalars
    var gradient = [Float](repeating: 0, count: targets.count * k)
    for (position, row) in counted.enumerated() {
        gradient[(row * k)..<((row + 1) * k)] = p[(position * k)..<((position + 1) * k)]
    }
    return (loss, Tensor(shape: logits.shape, scalars: gradient))
}
