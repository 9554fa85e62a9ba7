// Input normalisation, fitted on the training set and applied unchanged to every other
// set (fitting it on validation or test data would leak their statistics into training).
//
// Shapes: inputs [n, d]; mean and scale [d].

/// x ↦ (x − mean) / scale, feature by feature.
public struct Normalization: Sendable {
    /// The training mean of each feature, [d].
    public let mean: Tensor
    /// What each centred feature is divided by, [d].
    public let scale: Tensor

    /// Centring only: subtract each feature's training mean. Pixels are all positive, so
    /// without it every gradient step for a class's template moves all its weights the
    /// same way first (chapter 03's notes).
    public init(centering inputs: Tensor) {
        precondition(inputs.rank == 2 && inputs.shape[0] > 0, "Normalization: needs training inputs [n, d], got \(inputs.shape)")
        mean = inputs.mean(alongAxis: 0)
        scale = .ones(mean.shape)
    }

    /// Standardisation: subtract the mean and divide by the standard deviation plus
    /// `epsilon`, which keeps constant features (a border pixel that is always 0) finite.
    public init(standardizing inputs: Tensor, epsilon: Float = 1e-2) {
        precondition(inputs.rank == 2 && inputs.shape[0] > 0, "Normalization: needs training inputs [n, d], got \(inputs.shape)")
        mean = inputs.mean(alongAxis: 0)
        scale = sqrt((inputs - mean).squared().mean(alongAxis: 0)) + epsilon
    }

    /// The normalised inputs.
    public func apply(_ inputs: Tensor) -> Tensor {
        precondition(inputs.rank == 2 && inputs.shape[1] == mean.count,
                     "Normalization: inputs \(inputs.shape) do not have the \(mean.count) features it was fitted on")
        return (inputs - mean) / scale
    }

    /// A dataset with normalised inputs and the same targets.
    public func apply(_ data: Dataset) -> Dataset { Dataset(inputs: apply(data.inputs), targets: data.targets) }
}
