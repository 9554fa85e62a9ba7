// The fast gradient sign method (Goodfellow, Shlens and Szegedy 2015): move every pixel by ε in
// the direction that raises the loss, sign(∂L/∂x), and keep the result a valid image. For a
// network that is nearly linear in its input, a step of ε per pixel changes a score by about
// ε‖w‖₁, which grows with the number of pixels: many imperceptible changes add up.
// Section 5 of chapters/12-looking-inside/README.md.
//
// Shapes: images x and gradients ∂L/∂x [n, …], the same.

/// clip(x + ε · sign(∂L/∂x), range), pixel by pixel, with sign(0) = 0: a pixel the loss does
/// not depend on stays where it is.
public func fastGradientSign(_ images: Tensor, lossGradient: Tensor, epsilon ε: Float, range: ClosedRange<Float>) -> Tensor {
    require(images.shape == lossGradient.shape, "fastGradientSign: images \(images.shape) and gradient \(lossGradient.shape) differ")
    require(ε >= 0, "fastGradientSign: ε must be 0 or more, got \(ε)")
    let direction = lossGradient.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
    return (images + direction * ε).map { Swift.min(Swift.max($0, range.lowerBound), range.upperBound) }
}

extension Sequential {
    /// The accuracy on `data` after the fast gradient sign method (or `attack`, with its arguments)
    /// with each of `epsilons`: one gradient per image (taken at the clean image), one attacked copy per ε.
    public func accuracyUnderAttack(_ data: Dataset, epsilons: [Float], range: ClosedRange<Float>, batchSize: Int = 250,
                                    attack: (_ images: Tensor, _ lossGradient: Tensor, _ epsilon: Float,
                                             _ range: ClosedRange<Float>) -> Tensor = fastGradientSign) -> [Float] {
        var correct = [Int](repeating: 0, count: epsilons.count)
        let n = data.count
        for start in stride(from: 0, to: n, by: batchSize) {
            let batch = data.subset(Array(start..<Swift.min(start + batchSize, n)))
            let gradient = lossGradient(batch.inputs, labels: batch.targets).gradient
            for (index, ε) in epsilons.enumerated() {
                let attacked = attack(batch.inputs, gradient, ε, range)
                let predicted = scores(attacked).argmax(alongAxis: 1)
                correct[index] += (0..<batch.count).filter { predicted[$0] == batch.targets[$0] }.count
            }
        }
        return correct.map { Float($0) / Float(n) }
    }
}
