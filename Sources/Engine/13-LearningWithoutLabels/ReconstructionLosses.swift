// The losses of a network whose target is its own input. Pixels in [0, 1] can be read as
// intensities, compared by their squared difference, or as probabilities of "ink", compared by
// binary cross-entropy; the network's last layer then gives logits and the sigmoid sits inside
// the loss, as softmax sits inside chapter 03's cross-entropy. Derivations:
// chapters/13-learning-without-labels/README.md, section 1.
//
// Shapes: reconstruction (or logits) and target of one shape, [n, …]; m = their number of
// elements. Both losses are means over all m, so that their size does not depend on the image's.

/// L = (1/m) Σ (x̂ − x)², and ∂L/∂x̂ = (2/m)(x̂ − x).
public func meanSquaredReconstruction(_ reconstruction: Tensor, _ target: Tensor) -> (loss: Float, gradient: Tensor) {
    require(reconstruction.shape == target.shape,
            "meanSquaredReconstruction: reconstruction \(reconstruction.shape) and target \(target.shape) differ")
    let difference = reconstruction - target
    let m = Float(target.count)
    return (difference.squared().sum() / m, difference * (2 / m))
}

/// L = (1/m) Σ [−x log σ(z) − (1 − x) log(1 − σ(z))] = (1/m) Σ [softplus(z) − x z], and
/// ∂L/∂z = (σ(z) − x) / m, for logits z and targets x in [0, 1].
public func binaryCrossEntropyReconstruction(logits: Tensor, _ target: Tensor) -> (loss: Float, gradient: Tensor) {
    require(logits.shape == target.shape,
            "binaryCrossEntropyReconstruction: logits \(logits.shape) and target \(target.shape) differ")
    let m = Float(target.count)
    var total: Double = 0
    for k in 0..<target.count {
        // −log σ(z) = softplus(−z) and −log(1 − σ(z)) = softplus(z): together softplus(z) − x z.
        let (z, x) = (logits[flat: k], target[flat: k])
        total += Double(softplus(z) - x * z)
    }
    return (Float(total / Double(m)), (sigmoid(logits) - target) / m)
}
