// Training a recommender on implicit feedback, written out as one loop: each batch is some of the
// pairs users chose (label 1), each joined by a few items drawn from those its user did not choose
// (label 0), scored by the dot-product model and pushed apart by binary cross-entropy.

/// Trains `model` on `feedback`'s training pairs, `epochs` times over a fresh random order, in
/// batches of `batchSize` chosen pairs, each joined by `negatives` items that `sample` draws for its
/// user; one `optimizer` step per batch, on the binary cross-entropy plus an L2 penalty `l2` on the
/// rows the batch uses. `gradients`, when given, computes the cross-entropy and stores its
/// gradients in place of the model's own `lossAndGradients`; the penalty is added to it. Returns
/// every step's loss; throws `DivergenceError` at the first step whose loss is not finite.
public func trainRecommender(
    _ model: DotProductModel, on feedback: ImplicitFeedback, epochs: Int, batchSize: Int, negatives: Int,
    optimizer: any Optimizer, l2: Float = 0, using generator: inout SeededGenerator,
    sample: (_ count: Int, _ items: Int, _ chosen: Set<Int>, _ generator: inout SeededGenerator) -> [Int] = negativeSamples,
    gradients: ((_ model: DotProductModel, _ users: [Int], _ items: [Int], _ labels: [Float]) -> Float)? = nil,
    afterBatch: (_ step: Int, _ loss: Float) -> Void = { _, _ in }
) throws -> [Float] {
    require(epochs > 0 && batchSize > 0 && negatives >= 0, "trainRecommender: needs epochs and a batch size of at least 1")
    var losses: [Float] = []
    for _ in 0..<epochs {
        let order = generator.permutation(feedback.training.count)
        for start in stride(from: 0, to: order.count, by: batchSize) {
            var users: [Int] = [], items: [Int] = [], labels: [Float] = []
            for index in order[start..<Swift.min(start + batchSize, order.count)] {
                let (user, item) = feedback.training[index]
                users.append(user); items.append(item); labels.append(1)
                for negative in sample(negatives, feedback.items, feedback.chosen[user], &generator) {
                    users.append(user); items.append(negative); labels.append(0)
                }
            }
            let loss = if let gradients {
                gradients(model, users, items, labels) + model.addPenaltyGradients(users: users, items: items, l2: l2)
            } else {
                model.lossAndGradients(users: users, items: items, labels: labels, l2: l2)
            }
            guard loss.isFinite else {
                throw DivergenceError(step: losses.count + 1, loss: loss, learningRate: optimizer.learningRate, history: losses)
            }
            optimizer.step(model.parameters)
            losses.append(loss)
            afterBatch(losses.count, loss)
        }
    }
    return losses
}
