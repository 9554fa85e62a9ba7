// The plain RNN's fast path: the same numbers as RNN.swift's readable steps, with fewer copies
// (chapters/10-making-it-fast/README.md, sections 3 and 7): each step's h_{t−1} Wh added in place
// into x_t Wx + b (which RNN+FastPath.swift forms for all T·n rows in one product), then tanh
// sixteen floats at a time; walking back, ∂L/∂h_{t−1} and ∂L/∂Wh's share by BLAS straight from
// the stored states.
import Tensors

/// The states h_0 … h_T [T + 1, n, h] of a plain RNN: h_t = tanh(a_t + h_{t−1} Wh), where
/// `projected` holds every step's a_t = x_t Wx + b as [T·n, h] and `start` is h_0 [n, h].
package func rnnStates(projected: Tensor, recurrentWeight: Tensor, start: Tensor) -> Tensor {
    let (n, h) = (start.shape[0], start.shape[1])
    let T = projected.count / (n * h)
    var states = Tensor.zeros([T + 1, n, h])
    states.withUnsafeMutableScalars { $0.baseAddress!.update(from: start.scalars, count: n * h) }
    withPointers(projected, recurrentWeight) { a, wh in
        states.withUnsafeMutableScalars { hs in
            for t in 0..<T {
                let previous = hs.baseAddress! + t * n * h, next = previous + n * h
                next.update(from: a + t * n * h, count: n * h)
                sgemm(false, false, m: n, n: h, k: h, previous, lda: h, wh, ldb: h, beta: 1, next, ldc: h)
                applyTanh(next, count: n * h)
            }
        }
    }
    return states
}

/// Walks the steps back from T to 1: every step's da_t = ∂L/∂a_t [T·n, h], from which ∂L/∂Wx, ∂L/∂b
/// and ∂L/∂x follow; ∂L/∂Wh [h, h] summed over the steps; ‖∂L/∂h_t‖ per step; and ∂L/∂h_0.
package func rnnStepGradients(_ outputGradient: Tensor, states hs: Tensor, recurrentWeight: Tensor)
    -> (da: Tensor, recurrentWeight: Tensor, norms: [Float], initialState: Tensor) {
    let (T, n, h) = (outputGradient.shape[0], outputGradient.shape[1], outputGradient.shape[2])
    var recurrentGradient = Tensor.zeros([h, h])
    var da = Tensor.zeros([T * n, h])
    var norms = [Float](repeating: 0, count: T)
    var fromLater = [Float](repeating: 0, count: n * h)       // ∂L/∂h_t that step t + 1 sends back
    var dh = [Float](repeating: 0, count: n * h)
    withPointers(recurrentWeight, outputGradient, hs) { wh, dy, hs in
        withMutablePointers(&da, &recurrentGradient) { das, dwh in
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
    return (da, recurrentGradient, norms, Tensor(shape: [n, h], scalars: fromLater))
}
