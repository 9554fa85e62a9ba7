// `--mine`: chapter 08 with your exercise 8 code. Your RNN step (8.1, 8.2) and LSTM cell
// (8.5, 8.6) become layers unrolled over time here, step by step, and your clipping (8.4)
// bounds every gradient. The weights start as the engine's would from the same seed.
import ExerciseSupport
import RecurrentNetworks
import RecurrentNetworksExercises

/// The pieces the sections build: the engine's, or with `mine` the ones running your code.
struct RecurrentParts {
    let mine: Bool

    static let yours = YourParts(exercise: 8, parts: [("8.1", "RNN step"), ("8.2", "RNN step backward"),
                                                      ("8.4", "clipping by global norm"), ("8.5", "LSTM cell forward"),
                                                      ("8.6", "LSTM cell backward")],
                                 file: "exercises/08-recurrent-networks/RecurrentExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter08") {
            let x = Tensor.ones([1, 1]), h = Tensor.zeros([1, 1]), w = Tensor.ones([1, 1]), b = Tensor.zeros([1])
            let next = RecurrentExercise.rnnStep(input: x, hidden: h, inputWeight: w, recurrentWeight: w, bias: b)
            _ = RecurrentExercise.rnnStepBackward(outputGradient: x, input: x, hidden: h, output: next, inputWeight: w,
                                                  recurrentWeight: w)
            _ = RecurrentExercise.clipByGlobalNorm(gradients: [x], maxNorm: 1)
            let (w4, b4) = (Tensor.ones([1, 4]), Tensor.zeros([4]))
            let cell = RecurrentExercise.lstmCellForward(input: x, hidden: h, cell: h, inputWeight: w4, recurrentWeight: w4,
                                                         bias: b4)
            _ = RecurrentExercise.lstmCellBackward(hiddenGradient: x, cellGradient: x, input: x, hidden: h, cell: h,
                                                   gates: cell.gates, newCell: cell.cell, inputWeight: w4, recurrentWeight: w4)
        }
    }

    var announcement: String { Self.yours.announcement }

    func rnn(inputSize: Int, hiddenSize: Int, using generator: inout SeededGenerator) -> any RecurrentLayer {
        let engine = RNN(inputSize: inputSize, hiddenSize: hiddenSize, using: &generator)
        return mine ? YourRecurrentLayer(kind: .rnn, parameters: engine.parameters) : engine
    }

    func lstm(inputSize: Int, hiddenSize: Int, forgetBias: Float = 1, using generator: inout SeededGenerator)
        -> any RecurrentLayer {
        let engine = LSTM(inputSize: inputSize, hiddenSize: hiddenSize, forgetBias: forgetBias, using: &generator)
        return mine ? YourRecurrentLayer(kind: .lstm, parameters: engine.parameters) : engine
    }

    /// Chapter 08's training loop, with your clipping (8.4) in place of the engine's.
    func train(_ model: SequenceModel, steps: Int, learningRate: Float, maxNorm: Float, label: String, unit: String,
               itemsPerStep: Int, batch: (_ step: Int) -> (inputs: Tensor, targets: Tensor)) throws -> [Float] {
        try trainSequenceModel(model, steps: steps, learningRate: learningRate, maxNorm: maxNorm, label: label, unit: unit,
                                    itemsPerStep: itemsPerStep, clipping: mine ? yourClipping : { clipGradients($0, maxNorm: $1) }, batch: batch)
    }
}

/// Your 8.4 applied to the parameters' gradients: returns the norm before clipping.
func yourClipping(_ parameters: [Parameter], _ maxNorm: Float) -> Float {
    let (clipped, norm) = RecurrentExercise.clipByGlobalNorm(gradients: parameters.map(\.gradient), maxNorm: maxNorm)
    for (parameter, gradient) in zip(parameters, clipped) { parameter.gradient = gradient }
    return norm
}

/// An RNN or LSTM layer whose every step is your code: the forward pass runs your step
/// T times, the backward pass walks back from T to 1 through your step's backward, adding
/// each step's weight gradients (backpropagation through time, as in your 8.3).
final class YourRecurrentLayer: RecurrentLayer {
    enum Kind { case rnn, lstm }
    let kind: Kind
    let inputWeight: Parameter, recurrentWeight: Parameter, bias: Parameter
    var carriesState = false
    private(set) var hiddenGradientNorms: [Float] = []
    /// Per step: the input, the state before, the cell before (LSTM), the gates (LSTM), and after it, h_0 … h_T.
    private var inputs: [Tensor] = [], states: [Tensor] = [], cells: [Tensor] = [], gates: [Tensor] = []
    private var carried: (hidden: Tensor, cell: Tensor)?

    init(kind: Kind, parameters: [Parameter]) {
        self.kind = kind
        (inputWeight, recurrentWeight, bias) = (parameters[0], parameters[1], parameters[2])
    }

    var inputSize: Int { inputWeight.value.shape[0] }
    var hiddenSize: Int { recurrentWeight.value.shape[0] }
    func resetState() { carried = nil }

    func forward(_ input: Tensor) -> Tensor {
        let (T, n, h) = (input.shape[0], input.shape[1], hiddenSize)
        var state = Tensor.zeros([n, h]), cell = Tensor.zeros([n, h])
        if carriesState, let carried, carried.hidden.shape == [n, h] { (state, cell) = carried }
        (inputs, states, cells, gates) = ([], [state], [cell], [])
        for t in 0..<T {
            let x = input.row(t)
            inputs.append(x)
            switch kind {
            case .rnn:
                state = RecurrentExercise.rnnStep(input: x, hidden: state, inputWeight: inputWeight.value,
                                                  recurrentWeight: recurrentWeight.value, bias: bias.value)
            case .lstm:
                let step = RecurrentExercise.lstmCellForward(input: x, hidden: state, cell: cell, inputWeight: inputWeight.value,
                                                             recurrentWeight: recurrentWeight.value, bias: bias.value)
                (state, cell) = (step.hidden, step.cell)
                gates.append(step.gates)
                cells.append(cell)
            }
            states.append(state)
        }
        carried = (state, cell)
        return Tensor(shape: [T, n, h], scalars: Array(states.dropFirst().map(\.scalars).joined()))
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        let T = inputs.count
        var (dWx, dWh, db) = (Tensor.zeros(inputWeight.value.shape), Tensor.zeros(recurrentWeight.value.shape),
                              Tensor.zeros(bias.value.shape))
        var dInputs = [Tensor](repeating: Tensor.zeros([0]), count: T)
        var fromLater = Tensor.zeros(states[0].shape), cellFromLater = Tensor.zeros(states[0].shape)
        var norms = [Float](repeating: 0, count: T)
        for t in stride(from: T - 1, through: 0, by: -1) {
            let dh = outputGradient.row(t) + fromLater
            norms[t] = dh.squared().sum().squareRoot()
            switch kind {
            case .rnn:
                let step = RecurrentExercise.rnnStepBackward(outputGradient: dh, input: inputs[t], hidden: states[t],
                                                             output: states[t + 1], inputWeight: inputWeight.value,
                                                             recurrentWeight: recurrentWeight.value)
                (dInputs[t], fromLater) = (step.input, step.hidden)
                dWx += step.inputWeight
                dWh += step.recurrentWeight
                db += step.bias
            case .lstm:
                let step = RecurrentExercise.lstmCellBackward(hiddenGradient: dh, cellGradient: cellFromLater, input: inputs[t],
                                                              hidden: states[t], cell: cells[t], gates: gates[t],
                                                              newCell: cells[t + 1], inputWeight: inputWeight.value,
                                                              recurrentWeight: recurrentWeight.value)
                (dInputs[t], fromLater, cellFromLater) = (step.input, step.hidden, step.cell)
                dWx += step.inputWeight
                dWh += step.recurrentWeight
                db += step.bias
            }
        }
        (inputWeight.gradient, recurrentWeight.gradient, bias.gradient) = (dWx, dWh, db)
        hiddenGradientNorms = norms
        return Tensor(shape: [T] + dInputs[0].shape, scalars: Array(dInputs.map(\.scalars).joined()))
    }

    var parameters: [Parameter] { [inputWeight, recurrentWeight, bias] }
    var description: String { "Your \(kind == .rnn ? "RNN" : "LSTM")(\(inputSize) → \(hiddenSize))" }
}
