// The long short-term memory (Hochreiter and Schmidhuber 1997, with the forget gate of Gers et
// al. 2000): four gates read the step's input and the previous hidden state, and a cell carries
// memory from step to step, changed only by a product and a sum. Derived gate by gate in
// chapters/08-recurrent-networks/README.md, sections 6 and 7, and written here as it derives it.
//
// Shapes: x [T, n, d], Wx [d, 4h], Wh [h, 4h], b [4h], output h_1 … h_T [T, n, h]. The four gates'
// columns sit side by side in the order f, i, g, o, so that one product computes all four.
// The fast path, the same numbers in one fused pass per step across the cores: LSTM+FastPath.swift.

/// An LSTM layer unrolled over the steps of its input.
public final class LSTM: RecurrentLayer, FastPathLayer {
    /// Wx, shape [inputSize, 4 · hiddenSize]: columns f, i, g, o.
    public let inputWeight: Parameter
    /// Wh, shape [hiddenSize, 4 · hiddenSize]: columns f, i, g, o.
    public let recurrentWeight: Parameter
    /// b, shape [4 · hiddenSize]: f, i, g, o.
    public let bias: Parameter
    public var carriesState = false
    public var usesFastPath = FastPaths.enabledByDefault
    /// How the fast path cuts its products, small or whole (LSTM+FastPath.swift; chapter 10's
    /// notes, section 8): a property so that tests can try both on any machine.
    package var smallProducts = LSTM.smallProductsByDefault
    /// h_0 and c_0 for the forward passes that follow, each [n, h], when set (an encoder's last
    /// state handed to a decoder, as PyTorch's `(h_0, c_0)`); they come before a carried state.
    /// Nil: zeros.
    public var initialState: Tensor?, initialCell: Tensor?
    /// ∂L/∂h_0 and ∂L/∂c_0 from the last backward pass, [n, h] each: what the layer that supplied
    /// them is owed.
    public internal(set) var initialStateGradient: Tensor?, initialCellGradient: Tensor?
    public internal(set) var hiddenGradientNorms: [Float] = []
    /// The gate activations f, i, g, o of every step of the last forward pass, [T, n, 4h]; nil
    /// after a backward pass (the fast path turns them into their gradients in place).
    public internal(set) var gates: Tensor?
    /// The last forward pass's input, c_0 … c_T and h_0 … h_T [T + 1, n, h], tanh(c_1) … tanh(c_T) [T, n, h].
    var input: Tensor?, cells: Tensor?, states: Tensor?, cellTanh: Tensor?
    var carried: (hidden: Tensor, cell: Tensor)?

    public init(inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor, name: String = "lstm") {
        let h = bias.count / 4
        require(bias.rank == 1 && bias.count == 4 * h && h > 0 && inputWeight.rank == 2 && inputWeight.shape[1] == 4 * h
                && recurrentWeight.shape == [h, 4 * h],
                "LSTM \(name): Wx must be [d, 4h], Wh [h, 4h] and b [4h], got \(inputWeight.shape), "
                + "\(recurrentWeight.shape) and \(bias.shape)")
        self.inputWeight = Parameter(inputWeight, name: name + ".inputWeight")
        self.recurrentWeight = Parameter(recurrentWeight, name: name + ".recurrentWeight")
        self.bias = Parameter(bias, name: name + ".bias")
    }

    /// Weights uniform in ±1/√h; biases zero but the forget gate's, `forgetBias`, so that the
    /// cell starts by keeping most of what it holds: σ(1) = 0.73 of it per step by default
    /// (Jozefowicz et al. 2015); a task whose memory must last longer starts higher (notes, section 7).
    public convenience init(inputSize: Int, hiddenSize: Int, forgetBias: Float = 1, name: String = "lstm",
                            using generator: inout SeededGenerator) {
        let bound = 1 / Float(hiddenSize).squareRoot()
        let h = hiddenSize
        self.init(inputWeight: .uniform([inputSize, 4 * h], low: -bound, high: bound, using: &generator),
                  recurrentWeight: .uniform([h, 4 * h], low: -bound, high: bound, using: &generator),
                  bias: Tensor((0..<(4 * h)).map { $0 < h ? forgetBias : 0 }), name: name)
    }

    public var inputSize: Int { inputWeight.value.shape[0] }
    public var hiddenSize: Int { bias.value.count / 4 }
    public func resetState() { carried = nil }

    public func forward(_ input: Tensor) -> Tensor {
        if usesFastPath { return fastForward(input) }   // Fast path: LSTM+FastPath.swift, chapter 10's notes, sections 7 and 8
        requireSequence(input, inputSize: inputSize, description)
        let (T, n, h) = (input.shape[0], input.shape[1], hiddenSize)
        // h_0 and c_0: the given initial ones, else the carried ones, else zeros                  [n, h] each
        var hs = [startingState(given: initialState, carried?.hidden, carries: carriesState, n: n, size: h, description)]
        var cs = [startingState(given: initialCell, carried?.cell, carries: carriesState, n: n, size: h, description)]
        var (activations, taus): ([Tensor], [Tensor]) = ([], [])
        for t in 0..<T {
            // z_t = x_t Wx + h_{t−1} Wh + b                       [n, d]·[d, 4h] + [n, h]·[h, 4h] + [4h] = [n, 4h]
            let z = matmul(input.row(t), inputWeight.value) + matmul(hs[t], recurrentWeight.value) + bias.value
            // f = σ(z_f), i = σ(z_i), g = tanh(z_g), o = σ(z_o)                                    [n, h] each
            let (f, i, g, o) = (sigmoid(gate(z, 0)), sigmoid(gate(z, 1)), tanh(gate(z, 2)), sigmoid(gate(z, 3)))
            // c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)
            cs.append(f * cs[t] + i * g)
            taus.append(tanh(cs[t + 1]))
            hs.append(o * taus[t])
            activations.append(joined([f, i, g, o]))
        }
        (self.input, gates, cells, states, cellTanh) = (input, stacked(activations), stacked(cs), stacked(hs), stacked(taus))
        carried = (hs[T], cs[T])
        return stacked(Array(hs[1...]))
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        if usesFastPath { return fastBackward(outputGradient) }   // Fast path: LSTM+FastPath.swift
        // ∂L/∂x_t = dz_t Wxᵀ                                                            [n, 4h]·[4h, d] = [n, d]
        return stacked(throughTime(outputGradient).map { matmul($0, inputWeight.value, transposeB: true) })
    }

    public func backwardParametersOnly(_ outputGradient: Tensor) {
        if usesFastPath { return fastBackwardParametersOnly(outputGradient) }   // Fast path: LSTM+FastPath.swift
        _ = throughTime(outputGradient)
    }

    /// Backpropagation through time, gate by gate: walks back from t = T to 1, adding each step's
    /// share into the weights' gradients, and returns dz_t = [dz_f | dz_i | dz_g | dz_o] of every
    /// step, [n, 4h] each.
    private func throughTime(_ outputGradient: Tensor) -> [Tensor] {
        let x = cached(input, description)
        guard let gates, let cells, let cellTanh, let states else { _ = cached(nil, description); return [] }
        self.gates = nil                              // as on the fast path: a second backward needs a new forward
        let (T, n, h) = (x.shape[0], x.shape[1], hiddenSize)
        require(outputGradient.shape == [T, n, h],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected [\(T), \(n), \(h)]")
        parameters.zeroGradients()                    // each sum over the steps starts at zero
        var (dhNext, dcNext) = (Tensor.zeros([n, h]), Tensor.zeros([n, h]))   // what step t + 1 sent back to h_t, c_t
        var dz = [Tensor](repeating: dhNext, count: T)
        hiddenGradientNorms = [Float](repeating: 0, count: T)
        for t in stride(from: T - 1, through: 0, by: -1) {
            let z = gates.row(t), tau = cellTanh.row(t), previousCell = cells.row(t)        // τ = tanh(c_t)
            let (f, i, g, o) = (gate(z, 0), gate(z, 1), gate(z, 2), gate(z, 3))
            // dh = ∂L/∂h_t, from the output at t and from step t + 1;  dc = dc_next + dh ⊙ o ⊙ (1 − τ²)
            let dh = outputGradient.row(t) + dhNext
            hiddenGradientNorms[t] = dh.squared().sum().squareRoot()
            let dc = dcNext + dh * o * (1 - tau * tau)
            // dz_f = dc ⊙ c_{t−1} ⊙ f(1 − f),  dz_i = dc ⊙ g ⊙ i(1 − i),  dz_g = dc ⊙ i ⊙ (1 − g²),  dz_o = dh ⊙ τ ⊙ o(1 − o)
            let (dzf, dzi) = (dc * previousCell * f * (1 - f), dc * g * i * (1 - i))
            let (dzg, dzo) = (dc * i * (1 - g * g), dh * tau * o * (1 - o))
            dz[t] = joined([dzf, dzi, dzg, dzo])
            // Sent back: to c_{t−1} dc ⊙ f, to h_{t−1} dz Whᵀ                                 [n, 4h]·[4h, h] = [n, h]
            (dcNext, dhNext) = (dc * f, matmul(dz[t], recurrentWeight.value, transposeB: true))
            // Wh gets h_{t−1}ᵀ dz, Wx gets x_tᵀ dz and b the column sums of dz, each summed over the steps
            recurrentWeight.gradient += matmul(states.row(t), dz[t], transposeA: true)
            inputWeight.gradient += matmul(x.row(t), dz[t], transposeA: true)
            bias.gradient += dz[t].sum(alongAxis: 0)
        }
        (initialStateGradient, initialCellGradient) = (dhNext, dcNext)    // ∂L/∂h_0 = dz_1 Whᵀ, ∂L/∂c_0 = dc_1 ⊙ f_1
        return dz
    }

    public var parameters: [Parameter] { [inputWeight, recurrentWeight, bias] }
    public var description: String { "LSTM(\(inputSize) → \(hiddenSize))" }
}

/// Gate k's columns of a step's z or dz, [n, 4h] (k = 0 f, 1 i, 2 g, 3 o): [n, h].
private func gate(_ z: Tensor, _ k: Int) -> Tensor {
    let (n, h, values) = (z.shape[0], z.shape[1] / 4, z.scalars)
    return Tensor(shape: [n, h], scalars: (0..<n).flatMap { r in values[((4 * r + k) * h)..<((4 * r + k + 1) * h)] })
}

/// The four gates' [n, h] blocks side by side, [n, 4h]: the inverse of `gate`.
private func joined(_ blocks: [Tensor]) -> Tensor {
    let (n, h) = (blocks[0].shape[0], blocks[0].shape[1])
    return Tensor(shape: [n, 4 * h], scalars: (0..<n).flatMap { r in blocks.flatMap { $0.scalars[(r * h)..<((r + 1) * h)] } })
}
