// The plain recurrent network: at each step the new hidden state mixes the step's input with
// the previous state, through one tanh; backward, backpropagation through time. Derived in
// chapters/08-recurrent-networks/README.md, section 3, and written here as it derives it.
//
// Shapes: x [T, n, d], Wx [d, h], Wh [h, h], b [h], output h_1 … h_T [T, n, h].
// The fast path, the same numbers with fewer copies: RNN+FastPath.swift.

/// h_t = tanh(x_t Wx + h_{t−1} Wh + b), unrolled over the steps of the input.
public final class RNN: RecurrentLayer, FastPathLayer {
    /// Wx, shape [inputSize, hiddenSize].
    public let inputWeight: Parameter
    /// Wh, shape [hiddenSize, hiddenSize].
    public let recurrentWeight: Parameter
    /// b, shape [hiddenSize].
    public let bias: Parameter
    public var carriesState = false
    public var usesFastPath = FastPaths.enabledByDefault
    /// h_0 for the forward passes that follow, [n, h], when set (an encoder's last state handed
    /// to a decoder, as PyTorch's `h_0`); it comes before a carried state. Nil: zeros.
    public var initialState: Tensor?
    /// ∂L/∂h_0 from the last backward pass, [n, h]: what the layer that supplied h_0 is owed.
    public internal(set) var initialStateGradient: Tensor?
    public internal(set) var hiddenGradientNorms: [Float] = []
    var input: Tensor?
    /// h_0, h_1, …, h_T of the last forward pass: [T + 1, n, h].
    var states: Tensor?
    var carried: Tensor?

    public init(inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor, name: String = "rnn") {
        let h = bias.count
        require(bias.rank == 1 && inputWeight.rank == 2 && inputWeight.shape[1] == h && recurrentWeight.shape == [h, h],
                "RNN \(name): Wx must be [d, h], Wh [h, h] and b [h], got \(inputWeight.shape), \(recurrentWeight.shape) "
                + "and \(bias.shape)")
        self.inputWeight = Parameter(inputWeight, name: name + ".inputWeight")
        self.recurrentWeight = Parameter(recurrentWeight, name: name + ".recurrentWeight")
        self.bias = Parameter(bias, name: name + ".bias")
    }

    /// Weights uniform in ±1/√h (PyTorch's choice for recurrent layers), zero bias.
    public convenience init(inputSize: Int, hiddenSize: Int, name: String = "rnn", using generator: inout SeededGenerator) {
        let bound = 1 / Float(hiddenSize).squareRoot()
        self.init(inputWeight: .uniform([inputSize, hiddenSize], low: -bound, high: bound, using: &generator),
                  recurrentWeight: .uniform([hiddenSize, hiddenSize], low: -bound, high: bound, using: &generator),
                  bias: .zeros([hiddenSize]), name: name)
    }

    public var inputSize: Int { inputWeight.value.shape[0] }
    public var hiddenSize: Int { bias.value.count }
    public func resetState() { carried = nil }

    public func forward(_ input: Tensor) -> Tensor {
        if usesFastPath { return fastForward(input) }   // Fast path: RNN+FastPath.swift, chapter 10's notes, sections 3 and 7
        requireSequence(input, inputSize: inputSize, description)
        let (T, n, h) = (input.shape[0], input.shape[1], hiddenSize)
        // h_0: the given initial state, else the carried one, else zeros                              [n, h]
        var states = [startingState(given: initialState, carried, carries: carriesState, n: n, size: h, description)]
        for t in 0..<T {
            // a_t = x_t Wx + h_{t−1} Wh + b,  h_t = tanh(a_t)       [n, d]·[d, h] + [n, h]·[h, h] + [h] = [n, h]
            let a = matmul(input.row(t), inputWeight.value) + matmul(states[t], recurrentWeight.value) + bias.value
            states.append(tanh(a))
        }
        (self.input, self.states, carried) = (input, stacked(states), states[T])
        return stacked(Array(states[1...]))
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        if usesFastPath { return fastBackward(outputGradient) }   // Fast path: RNN+FastPath.swift
        // ∂L/∂x_t = da_t Wxᵀ                                                         [n, h]·[h, d] = [n, d]
        return stacked(throughTime(outputGradient).map { matmul($0, inputWeight.value, transposeB: true) })
    }

    public func backwardParametersOnly(_ outputGradient: Tensor) {
        if usesFastPath { return fastBackwardParametersOnly(outputGradient) }   // Fast path: RNN+FastPath.swift
        _ = throughTime(outputGradient)
    }

    /// Backpropagation through time: walks back from t = T to 1, adding each step's share into
    /// the weights' gradients (a weight used at T steps gets the sum of T contributions), and
    /// returns da_t of every step, [n, h] each.
    private func throughTime(_ outputGradient: Tensor) -> [Tensor] {
        let x = cached(input, description), hs = cached(states, description)
        let (T, n, h) = (x.shape[0], x.shape[1], hiddenSize)
        require(outputGradient.shape == [T, n, h],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected [\(T), \(n), \(h)]")
        parameters.zeroGradients()                        // each sum over the steps starts at zero
        var fromLater = Tensor.zeros([n, h])              // what step t + 1 sent back; nothing comes back into h_T
        var da = [Tensor](repeating: fromLater, count: T)
        hiddenGradientNorms = [Float](repeating: 0, count: T)
        for t in stride(from: T - 1, through: 0, by: -1) {
            // dh_t = dy_t + what step t + 1 sent back,  da_t = dh_t ⊙ (1 − h_t²)                    [n, h]
            let dh = outputGradient.row(t) + fromLater, ht = hs.row(t + 1)
            hiddenGradientNorms[t] = dh.squared().sum().squareRoot()
            da[t] = dh * (1 - ht * ht)
            // Sent back to h_{t−1}: da_t Whᵀ                                            [n, h]·[h, h] = [n, h]
            fromLater = matmul(da[t], recurrentWeight.value, transposeB: true)
            // ∂L/∂Wh += h_{t−1}ᵀ da_t,  ∂L/∂Wx += x_tᵀ da_t,  ∂L/∂b += Σ_rows da_t
            recurrentWeight.gradient += matmul(hs.row(t), da[t], transposeA: true)
            inputWeight.gradient += matmul(x.row(t), da[t], transposeA: true)
            bias.gradient += da[t].sum(alongAxis: 0)
        }
        initialStateGradient = fromLater                  // ∂L/∂h_0 = da_1 Whᵀ, where the walk ends
        return da
    }

    public var parameters: [Parameter] { [inputWeight, recurrentWeight, bias] }
    public var description: String { "RNN(\(inputSize) → \(hiddenSize))" }
}
