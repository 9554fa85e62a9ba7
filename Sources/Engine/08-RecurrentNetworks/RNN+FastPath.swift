// The plain RNN's fast path: the same numbers as RNN.swift's readable steps, which run unless
// `usesFastPath`: every step's x_t Wx + b in one product over all T·n rows, and the steps
// themselves by the kernels floor (Sources/Engine/Kernels/RNNKernels.swift; why it is faster:
// chapters/10-making-it-fast/README.md, sections 3 and 7). Tests hold the two equal
// (Tests/EngineTests/RecurrentFastPathTests.swift).
import Kernels

extension RNN {
    func fastForward(_ input: Tensor) -> Tensor {
        requireSequence(input, inputSize: inputSize, description)
        let (T, n, d, h) = (input.shape[0], input.shape[1], inputSize, hiddenSize)
        let start = startingState(given: initialState, carried, carries: carriesState, n: n, size: h, description)
        // Every step's x_t Wx + b in one product over all T·n rows: the same arithmetic as T
        // products of n rows, since each row's result depends on that row alone.
        let projected = matmul(input.reshaped([T * n, d]), inputWeight.value) + bias.value
        let states = rnnStates(projected: projected, recurrentWeight: recurrentWeight.value, start: start)
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

    /// The steps' gradients from the kernels, then ∂L/∂Wx and ∂L/∂b as one product and one sum
    /// over all the steps' da_t; returns the input and da [T·n, h], from which ∂L/∂x follows.
    private func fastStepGradients(_ outputGradient: Tensor) -> (input: Tensor, da: Tensor) {
        let x = cached(input, description), hs = cached(states, description)
        let (T, n, h) = (x.shape[0], x.shape[1], hiddenSize)
        require(outputGradient.shape == [T, n, h],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected [\(T), \(n), \(h)]")
        let steps = rnnStepGradients(outputGradient, states: hs, recurrentWeight: recurrentWeight.value)
        (recurrentWeight.gradient, hiddenGradientNorms, initialStateGradient) = (steps.recurrentWeight, steps.norms, steps.initialState)
        inputWeight.gradient = matmul(x.reshaped([T * n, inputSize]), steps.da, transposeA: true)
        bias.gradient = steps.da.sum(alongAxis: 0)
        return (x, steps.da)
    }
}
