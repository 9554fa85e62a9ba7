// The LSTM's fast path: the same numbers as LSTM.swift's readable steps, which run unless
// `usesFastPath`, computed by the kernels floor: the input's product for all T steps at once, one
// product for the four gates per step and one pass over them that does the element-wise work
// sixteen floats at a time, the batch split between the cores (Sources/Engine/Kernels/LSTMKernels.swift;
// why it is faster: chapters/10-making-it-fast/README.md, sections 5, 7 and 8). Tests hold the two
// equal (Tests/EngineTests/RecurrentFastPathTests.swift). This file hands the layer's tensors over.
import Kernels

extension LSTM {
    /// Small products where this machine's OpenBLAS multiplies them in place (LSTMKernels.swift).
    static var smallProductsByDefault: Bool { blasMultipliesSmallMatricesInPlace }

    func fastForward(_ input: Tensor) -> Tensor {
        requireSequence(input, inputSize: inputSize, description)
        let (T, n, h) = (input.shape[0], input.shape[1], hiddenSize)
        let startHidden = startingState(given: initialState, carried?.hidden, carries: carriesState, n: n, size: h, description)
        let startCell = startingState(given: initialCell, carried?.cell, carries: carriesState, n: n, size: h, description)
        let tape = lstmForward(input, inputWeight: inputWeight.value, recurrentWeight: recurrentWeight.value, bias: bias.value,
                               startHidden: startHidden, startCell: startCell, smallProducts: smallProducts)
        self.input = input
        (gates, cells, cellTanh, states) = (tape.gates, tape.cells, tape.cellTanh, tape.states)
        carried = (Tensor(shape: [n, h], scalars: Array(tape.states.scalars[(T * n * h)...])),
                   Tensor(shape: [n, h], scalars: Array(tape.cells.scalars[(T * n * h)...])))
        return Tensor(shape: [T, n, h], scalars: Array(tape.states.scalars[(n * h)...]))
    }

    func fastBackward(_ outputGradient: Tensor) -> Tensor { fastStepGradients(outputGradient, inputGradient: true)! }

    func fastBackwardParametersOnly(_ outputGradient: Tensor) { _ = fastStepGradients(outputGradient, inputGradient: false) }

    private func fastStepGradients(_ outputGradient: Tensor, inputGradient: Bool) -> Tensor? {
        let x = cached(input, description)
        guard let dz = gates, let cells, let cellTanh, let states else { _ = cached(nil, description); return nil }
        gates = nil                                  // turned into dz by the kernel: a second backward needs a new forward
        let (T, n, h) = (x.shape[0], x.shape[1], hiddenSize)
        require(outputGradient.shape == [T, n, h],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected [\(T), \(n), \(h)]")
        let gradients = lstmBackward(outputGradient, input: x,
                                     tape: LSTMTape(gates: consume dz, cells: cells, cellTanh: cellTanh, states: states),
                                     inputWeight: inputWeight.value, recurrentWeight: recurrentWeight.value,
                                     smallProducts: smallProducts, inputGradient: inputGradient)
        (recurrentWeight.gradient, inputWeight.gradient, bias.gradient) = (gradients.recurrentWeight, gradients.inputWeight,
                                                                           gradients.bias)
        (initialStateGradient, initialCellGradient) = (gradients.initialState, gradients.initialCell)
        hiddenGradientNorms = gradients.norms
        return gradients.input
    }
}
