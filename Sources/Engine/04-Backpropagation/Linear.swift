// The fully connected layer: every output is a weighted sum of every input plus a bias.
// Derivation: chapters/04-backpropagation/README.md, section "Linear".
//
// Shapes: x [n, i] (i inputs), W [i, o] (o outputs), b [o], y = x W + b [n, o].

/// y = x W + b.
public final class Linear: Layer {
    /// W, shape [inputs, outputs].
    public let weight: Parameter
    /// b, shape [outputs].
    public let bias: Parameter
    /// The input of the last forward pass, needed for ∂L/∂W.
    private var input: Tensor?

    /// A layer with the given weights [inputs, outputs] and bias [outputs].
    public init(weight: Tensor, bias: Tensor, name: String = "linear") {
        precondition(weight.rank == 2 && bias.shape == [weight.shape[1]],
                     "Linear: weight must be [inputs, outputs] and bias [outputs], got \(weight.shape) and \(bias.shape)")
        self.weight = Parameter(weight, name: name + ".weight")
        self.bias = Parameter(bias, name: name + ".bias")
    }

    /// A layer with weights drawn uniformly from ±1/√inputs and zero bias: every output
    /// then starts with a variance that does not grow with the number of inputs (chapter 05
    /// derives better scales per activation).
    public convenience init(_ inputs: Int, _ outputs: Int, name: String = "linear",
                            using generator: inout SeededGenerator) {
        let bound = 1 / Float(inputs).squareRoot()
        self.init(weight: .uniform([inputs, outputs], low: -bound, high: bound, using: &generator),
                  bias: .zeros([outputs]), name: name)
    }

    public var inputCount: Int { weight.value.shape[0] }
    public var outputCount: Int { weight.value.shape[1] }

    public func forward(_ input: Tensor) -> Tensor {
        precondition(input.rank == 2 && input.shape[1] == inputCount,
                     "shape mismatch in \(description).forward: input \(input.shape), expected [n, \(inputCount)]")
        self.input = input
        return matmul(input, weight.value) + bias.value
    }

    /// ∂L/∂W = xᵀ dy [i, o], ∂L/∂b = Σ rows of dy [o], and returns ∂L/∂x = dy Wᵀ [n, i].
    public func backward(_ outputGradient: Tensor) -> Tensor {
        backwardParametersOnly(outputGradient)
        return matmul(outputGradient, weight.value, transposeB: true)
    }

    /// ∂L/∂W and ∂L/∂b only.
    public func backwardParametersOnly(_ outputGradient: Tensor) {
        let x = cached(input, description)
        precondition(outputGradient.shape == [x.shape[0], outputCount],
                     "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected [\(x.shape[0]), \(outputCount)]")
        weight.gradient = matmul(x, outputGradient, transposeA: true)
        bias.gradient = outputGradient.sum(alongAxis: 0)
    }

    public var parameters: [Parameter] { [weight, bias] }
    public var description: String { "Linear(\(inputCount) → \(outputCount))" }
}
