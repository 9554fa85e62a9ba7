// Examples paired with their targets, and the three things training does with them:
// hold some out for validation, shuffle, and cut into mini-batches.
//
// Shapes: inputs [n, …] (one example per row along the first axis), targets [n, …].
import Foundation

/// A set of examples: row i of `inputs` goes with row i of `targets`.
public struct Dataset: Sendable {
    public var inputs: Tensor
    public var targets: Tensor

    public init(inputs: Tensor, targets: Tensor) {
        precondition(inputs.rank >= 1 && targets.rank >= 1,
                     "Dataset: inputs and targets need a first (example) axis, got shapes \(inputs.shape) and \(targets.shape)")
        precondition(inputs.shape[0] == targets.shape[0],
                     "Dataset: \(inputs.shape[0]) inputs (shape \(inputs.shape)) but \(targets.shape[0]) targets (shape \(targets.shape))")
        self.inputs = inputs
        self.targets = targets
    }

    /// The number of examples.
    public var count: Int { inputs.shape[0] }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        Dataset(inputs: inputs.rows(indices), targets: targets.rows(indices))
    }

    /// The examples in the order of a random permutation drawn from `generator`.
    public func shuffled(using generator: inout SeededGenerator) -> Dataset {
        subset(generator.permutation(count))
    }

    /// A random split into a training part and a validation part holding
    /// `validationFraction` of the examples (rounded, at least one of each when possible).
    public func split(validationFraction: Double,
                      using generator: inout SeededGenerator) -> (train: Dataset, validation: Dataset) {
        precondition(validationFraction > 0 && validationFraction < 1,
                     "split: the validation fraction must be between 0 and 1, got \(validationFraction)")
        let order = generator.permutation(count)
        let held = Swift.min(Swift.max(Int((Double(count) * validationFraction).rounded()), 1), Swift.max(count - 1, 0))
        return (subset(Array(order[held...])), subset(Array(order[..<held])))
    }

    /// Mini-batches of `size` examples (the last one may be smaller), taken in `order`
    /// (row order when nil). Rows are copied into each batch only when it is reached.
    public func batches(size: Int, order: [Int]? = nil) -> BatchSequence {
        precondition(size > 0, "batches: the batch size must be positive, got \(size)")
        precondition(count > 0, "batches: the dataset is empty")
        if let order { precondition(order.count == count, "batches: an order of \(order.count) indices for \(count) examples") }
        return BatchSequence(dataset: self, size: size, order: order ?? Array(0..<count))
    }
}

/// The mini-batches of a dataset, produced one at a time.
public struct BatchSequence: Sequence, IteratorProtocol {
    let dataset: Dataset
    let size: Int
    let order: [Int]
    var start = 0

    /// The number of batches: ⌈n / size⌉.
    public var batchCount: Int { (order.count + size - 1) / size }

    public mutating func next() -> Dataset? {
        guard start < order.count else { return nil }
        let end = Swift.min(start + size, order.count)
        defer { start = end }
        return dataset.subset(Array(order[start..<end]))
    }
}
