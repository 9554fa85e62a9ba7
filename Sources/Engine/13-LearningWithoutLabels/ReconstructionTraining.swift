// Training a network to reproduce its input, written out as one loop: there is no label, the
// target is the batch itself (or, for a denoising autoencoder, the clean batch behind a noisy
// input). Chapter 05's Trainer is for classifiers; this is its loop with the loss swapped.

/// How a reconstruction is scored, and how the network's output becomes an image.
public struct ReconstructionLoss: Sendable {
    /// The loss of the network's output against the target image, and its gradient with respect to the output.
    public let score: @Sendable (_ output: Tensor, _ target: Tensor) -> (loss: Float, gradient: Tensor)
    /// The image the network's output stands for.
    public let image: @Sendable (_ output: Tensor) -> Tensor

    public init(score: @escaping @Sendable (Tensor, Tensor) -> (loss: Float, gradient: Tensor),
                image: @escaping @Sendable (Tensor) -> Tensor) {
        (self.score, self.image) = (score, image)
    }

    /// Squared difference; the network's output is the image itself.
    public static let meanSquared = ReconstructionLoss(score: meanSquaredReconstruction, image: { $0 })
    /// Binary cross-entropy on the pixels; the network's output is logits, σ of which is the image.
    public static let binaryCrossEntropy = ReconstructionLoss(score: { binaryCrossEntropyReconstruction(logits: $0, $1) },
                                                              image: { sigmoid($0) })

    public func callAsFunction(_ output: Tensor, _ target: Tensor) -> (loss: Float, gradient: Tensor) { score(output, target) }
}

/// Trains `network` to map each batch of `images` [n, …] back to itself, `epochs` times over a
/// fresh random order, in batches of `batchSize`; `corrupt` (when given) changes each input
/// batch first and the target stays clean: a denoising autoencoder. Returns every step's loss;
/// throws `DivergenceError` at the first step whose loss is not finite.
public func trainReconstruction(_ network: Sequential, images: Tensor, epochs: Int, batchSize: Int, optimizer: any Optimizer,
                                loss: ReconstructionLoss, using generator: inout SeededGenerator,
                                corrupt: ((Tensor, inout SeededGenerator) -> Tensor)? = nil,
                                afterBatch: (_ step: Int, _ loss: Float) -> Void = { _, _ in }) throws -> [Float] {
    require(images.shape[0] > 0 && epochs > 0 && batchSize > 0,
            "trainReconstruction: needs images, and epochs and a batch size of at least 1")
    var losses: [Float] = []
    network.setMode(.training)
    for _ in 0..<epochs {
        let order = generator.permutation(images.shape[0])
        for start in stride(from: 0, to: order.count, by: batchSize) {
            let clean = images.rows(Array(order[start..<Swift.min(start + batchSize, order.count)]))
            let input = corrupt.map { $0(clean, &generator) } ?? clean
            let (value, gradient) = loss(network.forward(input), clean)
            guard value.isFinite else {
                throw DivergenceError(step: losses.count + 1, loss: value, learningRate: optimizer.learningRate, history: losses)
            }
            network.backwardParametersOnly(gradient)
            optimizer.step(network.parameters)
            losses.append(value)
            afterBatch(losses.count, value)
        }
    }
    return losses
}

/// The mean reconstruction loss of `network` on `images`, in evaluation mode, in batches.
public func reconstructionLoss(_ network: Sequential, images: Tensor, loss: ReconstructionLoss, batchSize: Int = 500) -> Float {
    network.evaluating {
        var total: Double = 0
        let n = images.shape[0]
        for start in stride(from: 0, to: n, by: batchSize) {
            let batch = images.rows(Array(start..<Swift.min(start + batchSize, n)))
            total += Double(loss(network.forward(batch), batch).loss) * Double(batch.shape[0])
        }
        return Float(total / Double(n))
    }
}
