// From feature maps to a vector per image, where the convolutional part of a network
// hands over to its fully connected part.
//
// Shapes: [n, c, h, w] (or any [n, …]) → [n, c·h·w]; backward reshapes the gradient back.

/// Reshapes each image's features into one row. No arithmetic: NCHW storage already holds
/// each image's c·h·w values contiguously, channel by channel.
public final class Flatten: Layer {
    private var inputShape: [Int]?

    public init() {}

    public func forward(_ input: Tensor) -> Tensor {
        require(input.rank >= 2, "Flatten: needs a batch [n, …], got shape \(input.shape)")
        inputShape = input.shape
        return input.reshaped([input.shape[0], input.count / max(input.shape[0], 1)])
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let inputShape else { fatalError("Flatten.backward: call forward first") }
        return outputGradient.reshaped(inputShape)
    }

    public var description: String { "Flatten" }
}
