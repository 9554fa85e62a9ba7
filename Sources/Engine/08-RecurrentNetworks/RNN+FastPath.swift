// The plain RNN's fast path: the same numbers as RNN.swift's reference, with fewer copies
// (chapters/10-making-it-fast/README.md, sections 3 and 7): every step's x_t Wx + b in one
// product over all T·n rows; each step's h_{t−1} Wh added into it in place, then tanh sixteen
// floats at a time; walking back, ∂L/∂h_{t−1} and ∂L/∂Wh's share by BLAS straight from the
// stored states, and ∂L/∂Wx and ∂L/∂x each one product over all the steps' da_t.
import Kernels

extension RNN {
    func fastForward(_ input: Tensor) -> Tensor {
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

    func fastBackward(_ outputGradient: Tensor) -> Tensor {
        let (x, da) = fastStepGradients(outputGradient)
        let (T, n, d) = (x.shape[0], x.shape[1], inputSize)
        return matmul(da, inputWeight.value, transposeB: true).reshaped([T, n, d])
    }

    func fastBackwardParametersOnly(_ outputGradient: Tensor) { _ = fastStepGradients(outputGradient) }

    /// Runs the steps backwards from T to 1, summing ∂L/∂Wh, and then forms ∂L/∂Wx and ∂L/∂b;
    /// returns the input and da_t of every step, [T·n, h], from which ∂L/∂x follows.
    private func fastStepGradients(_ outputGradient: Tensor) -> (input: Tensor, da: Tensor) {
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
