// What the plain RNN and the LSTM share: a layer that runs along the steps of a sequence,
// the same weights at every step, and returns every step's hidden state.
//
// Shapes: input [T, n, d] (T steps of n sequences, d numbers each), output [T, n, h].
//
// Backpropagation through time: the layer is one function applied T times, so each weight's
// gradient is a sum of T contributions, one per step. The layer's backward starts each sum
// at zero and adds the steps into it, from the last to the first (notes, section 3).

/// A layer applied at every step of a sequence, carrying a hidden state from step to step.
public protocol RecurrentLayer: Layer {
    /// d, the numbers each step reads.
    var inputSize: Int { get }
    /// h, the size of the hidden state.
    var hiddenSize: Int { get }
    /// Whether the next `forward` starts from the hidden state the last one ended with
    /// (truncated backpropagation through time: a long text cut into pieces, read in order)
    /// instead of zeros. The gradient never flows back into the previous piece.
    var carriesState: Bool { get set }
    /// Forgets the carried state: the next `forward` starts from zeros.
    func resetState()
    /// ‖∂L/∂h_t‖ for t = 0 ..< T from the last backward pass: the whole batch's gradient reaching
    /// each step's hidden state, from the outputs at that step and every later one.
    var hiddenGradientNorms: [Float] { get }
}

/// A stop naming the layer when its input is not [T, n, d].
func requireSequence(_ input: Tensor, inputSize: Int, _ layer: String) {
    require(input.rank == 3 && input.shape[2] == inputSize,
            "shape mismatch in \(layer).forward: input \(input.shape), expected [T, n, \(inputSize)] (time-major: steps, "
            + "sequences, features)")
    require(input.shape[0] > 0, "\(layer).forward: a sequence of length 0 has no steps to run; T must be at least 1")
}

/// The state a forward pass starts from: the carried one when there is one for a batch of
/// this size, else zeros [n, count]. A `given` state (an encoder's last state handed to a
/// decoder) comes first, and must be [n, count].
func startingState(given: Tensor?, _ carried: Tensor?, carries: Bool, n: Int, size: Int, _ what: String) -> Tensor {
    if let given {
        require(given.shape == [n, size], "\(what): the initial state must be [n, h] = [\(n), \(size)], got \(given.shape)")
        return given
    }
    if carries, let carried, carried.shape == [n, size] { return carried }
    return .zeros([n, size])
}

/// The steps' tensors, [n, k] each, one after the other: [T, n, k].
func stacked(_ steps: [Tensor]) -> Tensor {
    Tensor(shape: [steps.count] + steps[0].shape, scalars: steps.flatMap(\.scalars))
}

extension Array where Element == Parameter {
    /// Sets every gradient to zeros of its parameter's shape.
    public func zeroGradients() {
        for parameter in self { parameter.gradient = .zeros(parameter.value.shape) }
    }
}
