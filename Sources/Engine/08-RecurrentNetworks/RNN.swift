// The plain recurrent network: at each step the new hidden state mixes the
// step's input with the previous state, through one tanh,
//   h_t = tanh(x_t Wx + h_{t−1} Wh + b),   t = 1 … T, h_0 the starting state.
// Backpropagation through time, derived in chapters/08-recurrent-networks/README.md, section 3:
//   dh_t = ∂L/∂h_t from the output at t + the gradient coming back from step t + 1
//   da_t = dh_t ⊙ (1 − h_t²)                    (tanh′ written with tanh's output)
//   ∂L/∂h_{t−1} += da_t Whᵀ,   ∂L/∂x_t = da_t Wxᵀ
//   ∂L/∂Wh = Σ_t h_{t−1}ᵀ da_t,   ∂L/∂Wx = Σ_t x_tᵀ da_t,   ∂L/∂b = Σ_t Σ_rows da_t
//   ∂L/∂h_0 = da_1 Whᵀ, what the loop leaves after its last step (the first in time)
//
// Shapes: x [T, n, d], Wx [d, h], Wh [h, h], b [h], output h_1 … h_T [T, n, h].
import Foundation

/// h_t = tanh(x_t Wx + h_{t−1} Wh + b), unrolled over the steps of the input.
public final class RNN: RecurrentLayer {
    /// Wx, shape [inputSize, hiddenSize].
    public let inputWeight: Parameter
    /// Wh, shape [hiddenSize, hiddenSize].
    public let recurrentWeight: Parameter
    /// b, shape [hiddenSize].
    public let bias: Parameter
    public var carriesState = false
    /// h_0 for the forward passes that follow, [n, h], when set (an encoder's last state handed
    /// to a decoder, as PyTorch's `h_0`); it comes before a carried state. Nil: zeros.
    public var initialState: Tensor?
    /// ∂L/∂h_0 from the last backward pass, [n, h]: what the layer that supplied h_0 is owed.
    public private(set) var initialStateGradient: Tensor?
    public private(set) var hiddenGradientNorms: [Float] = []
    private var input: Tensor?
    /// h_0, h_1, …, h_T of the last forward pass: [T + 1, n, h].
    private var states: Tensor?
    private var carried: Tensor?

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
        requireSequence(input, inputSize: inputSize, description)
        let (T, n, d, h) = (input.shape[0], input.shape[1], inputSize, hiddenSize)
        let start = startingState(given: initialState, carried, carries: carriesState, n: n, size: h, description)
        // Every step's x_t Wx + b in one product over all T·n rows: the same arithmetic as T
        // products of n rows, since each row's result depends on that row alone.
        let projected = matmul(input.reshaped([T * n, d]), inputWeight.value) + bias.value
        var states = Tensor.zeros([T + 1, n, h])
        states.withUnsafeMutableScalars { $0.baseAddress!.update(from: start.scalars, count: n * h) }
        withPointers(projected, recurrentWeight.value) { a, wh in
            states.withUnsafeMutableScalars { hs in
                for t in 0..<T {
                    let previous = hs.baseAddress! + t * n * h, next = previous + n * h
                    next.update(from: a + t * n * h, count: n * h)
                    sgemm(false, false, m: n, n: h, k: h, previous, lda: h, wh, ldb: h, beta: 1, next, ldc: h)
                    applyTanh(next, count: n * h)
                }
            }
        }
        self.input = input
        self.states = states
        let outputs = Tensor(shape: [T, n, h], scalars: Array(states.scalars[(n * h)...]))
        carried = Tensor(shape: [n, h], scalars: Array(states.scalars[(T * n * h)...]))
        return outputs
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let (x, da) = stepGradients(outputGradient)
        let (T, n, d) = (x.shape[0], x.shape[1], inputSize)
        return matmul(da, inputWeight.value, transposeB: true).reshaped([T, n, d])
    }

    public func backwardParametersOnly(_ outputGradient: Tensor) { _ = stepGradients(outputGradient) }

    /// Runs the steps backwards from T to 1, summing ∂L/∂Wh, and then forms ∂L/∂Wx and ∂L/∂b;
    /// returns the input and da_t of every step, [T·n, h], from which ∂L/∂x follows.
    private func stepGradients(_ outputGradient: Tensor) -> (input: Tensor, da: Tensor) {
        let x = cached(input, description), hs = cached(states, description)
        let (T, n, h) = (x.shape[0], x.shape[1], hiddenSize)
        require(outputGradient.shape == [T, n, h],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected [\(T), \(n), \(h)]")
        // A layer used T times sums T contributions: each sum starts at zero.
        [recurrentWeight].zeroGradients()
        var da = Tensor.zeros([T * n, h])
        var norms = [Float](repeating: 0, count: T)
        var fromLater = [Float](repeating: 0, count: n * h)       // ∂L/∂h_t that step t + 1 sends back
        var dh = [Float](repeating: 0, count: n * h)
        withPointers(recurrentWeight.value, outputGradient, hs) { wh, dy, hs in
            withMutablePointers(&da, &recurrentWeight.gradient) { das, dwh in
                for t in stride(from: T - 1, through: 0, by: -1) {
                    let ht = hs + (t + 1) * n * h, previous = ht - n * h
                    let dat = das + t * n * h, dyt = dy + t * n * h
                    var squares: Float = 0
                    for j in 0..<(n * h) {
                        dh[j] = dyt[j] + fromLater[j]
                        squares += dh[j] * dh[j]
                        dat[j] = dh[j] * (1 - ht[j] * ht[j])
                    }
                    norms[t] = squares.squareRoot()
                    // ∂L/∂h_{t−1} = da_t Whᵀ, and Wh's contribution from this step, h_{t−1}ᵀ da_t.
                    sgemm(false, true, m: n, n: h, k: h, dat, lda: h, wh, ldb: h, beta: 0, &fromLater, ldc: h)
                    sgemm(true, false, m: h, n: h, k: n, previous, lda: h, dat, ldb: h, beta: 1, dwh, ldc: h)
                }
            }
        }
        hiddenGradientNorms = norms
        initialStateGradient = Tensor(shape: [n, h], scalars: fromLater)
        inputWeight.gradient = matmul(x.reshaped([T * n, inputSize]), da, transposeA: true)
        bias.gradient = da.sum(alongAxis: 0)
        return (x, da)
    }

    public var parameters: [Parameter] { [inputWeight, recurrentWeight, bias] }
    public var description: String { "RNN(\(inputSize) → \(hiddenSize))" }
}

/// tanh of `count` floats in place, sixteen at a time.
func applyTanh(_ x: UnsafeMutablePointer<Float>, count: Int) {
    var j = 0
    while j + 16 <= count {
        store(tanh(load(x + j, 16)), x + j, 16)
        j += 16
    }
    if j < count { store(tanh(load(x + j, count - j)), x + j, count - j) }
}
