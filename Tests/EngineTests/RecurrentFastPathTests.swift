import Foundation
import RecurrentNetworks
import Testing

/// The readable RNN and LSTM (RNN.swift, LSTM.swift) against their fast paths (RNN+FastPath.swift,
/// LSTM+FastPath.swift): two layers with the same weights, one on each path, given the same input,
/// initial state and output gradient, must agree to float rounding in everything they compute and
/// keep. The shapes are the ones that stress the fast paths: batches that do not split evenly
/// between the cores (it gives each up to 8 cores a share of the rows), hidden sizes that are not
/// a multiple of the gate passes' 16 lanes, and the LSTM's products cut small and whole.
@Suite("RNN and LSTM: the fast paths give the readable references' numbers")
struct RecurrentFastPathTests {
    static func normal(_ shape: [Int], seed: UInt64, deviation: Float = 1) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, standardDeviation: deviation, using: &generator)
    }

    static func rnnPair(inputSize d: Int, hiddenSize h: Int, seed: UInt64) -> (fast: RNN, reference: RNN) {
        var generator = SeededGenerator(seed: seed)
        let fast = RNN(inputSize: d, hiddenSize: h, using: &generator)
        fast.bias.value = normal([h], seed: seed + 1, deviation: 0.3)
        let reference = RNN(inputWeight: fast.inputWeight.value, recurrentWeight: fast.recurrentWeight.value, bias: fast.bias.value)
        (fast.usesFastPath, reference.usesFastPath) = (true, false)
        return (fast, reference)
    }

    static func lstmPair(inputSize d: Int, hiddenSize h: Int, seed: UInt64, smallProducts: Bool? = nil) -> (fast: LSTM, reference: LSTM) {
        var generator = SeededGenerator(seed: seed)
        let fast = LSTM(inputSize: d, hiddenSize: h, using: &generator)
        fast.bias.value = normal([4 * h], seed: seed + 1, deviation: 0.5)
        let reference = LSTM(inputWeight: fast.inputWeight.value, recurrentWeight: fast.recurrentWeight.value, bias: fast.bias.value)
        (fast.usesFastPath, reference.usesFastPath) = (true, false)
        if let smallProducts { (fast.smallProducts, reference.smallProducts) = (smallProducts, smallProducts) }
        return (fast, reference)
    }

    /// Sets h_0 (and the LSTM's c_0) on both layers, non-zero.
    static func setInitialState(_ layers: [any RecurrentLayer], n: Int, seed: UInt64) {
        let h = layers[0].hiddenSize
        let (h0, c0) = (normal([n, h], seed: seed, deviation: 0.5), normal([n, h], seed: seed + 1))
        for layer in layers {
            (layer as? RNN)?.initialState = h0
            if let lstm = layer as? LSTM { (lstm.initialState, lstm.initialCell) = (h0, c0) }
        }
    }

    /// ∂L/∂h_0 (and the LSTM's ∂L/∂c_0) from the last backward pass.
    static func initialGradients(_ layer: any RecurrentLayer) -> [(name: String, value: Tensor?)] {
        if let rnn = layer as? RNN { return [("∂L/∂h_0", rnn.initialStateGradient)] }
        let lstm = layer as! LSTM
        return [("∂L/∂h_0", lstm.initialStateGradient), ("∂L/∂c_0", lstm.initialCellGradient)]
    }

    /// What a backward pass leaves: every parameter's gradient, ‖∂L/∂h_t‖ per step, and the initial state's gradients.
    static func expectSameGradients(_ reference: any RecurrentLayer, _ fast: any RecurrentLayer, _ what: String) {
        for (mine, theirs) in zip(reference.parameters, fast.parameters) {
            expectSameNumbers(mine.gradient, theirs.gradient, "∂L/∂\(theirs.name), \(what)")
        }
        expectSameNumbers(Tensor(reference.hiddenGradientNorms), Tensor(fast.hiddenGradientNorms), "‖∂L/∂h_t‖, \(what)")
        for (mine, theirs) in zip(initialGradients(reference), initialGradients(fast)) {
            guard let expected = theirs.value, let got = mine.value else {
                let (readable, fastOne) = (mine.value == nil ? "none" : "one", theirs.value == nil ? "none" : "one")
                Issue.record("\(theirs.name), \(what): \(readable) on the readable path, \(fastOne) on the fast path")
                continue
            }
            expectSameNumbers(got, expected, "\(theirs.name), \(what)")
        }
    }

    /// Forward, backward and the parameters-only backward on both layers, from a non-zero initial state.
    static func expectBothPathsAgree(_ fast: any RecurrentLayer, _ reference: any RecurrentLayer, T: Int, n: Int,
                                     seed: UInt64, _ what: String) {
        let x = normal([T, n, fast.inputSize], seed: seed), dy = normal([T, n, fast.hiddenSize], seed: seed + 1)
        setInitialState([fast, reference], n: n, seed: seed + 2)
        expectSameNumbers(reference.forward(x), fast.forward(x), "h_1 … h_T, \(what)")
        if let fastLSTM = fast as? LSTM, let referenceLSTM = reference as? LSTM {
            expectSameNumbers(referenceLSTM.gates ?? .zeros([0]), fastLSTM.gates ?? .zeros([1]), "the gates, \(what)")
        }
        expectSameNumbers(reference.backward(dy), fast.backward(dy), "∂L/∂x, \(what)")
        expectSameGradients(reference, fast, what)
        if let fastLSTM = fast as? LSTM, let referenceLSTM = reference as? LSTM {
            #expect(fastLSTM.gates == nil && referenceLSTM.gates == nil, "a backward pass uses the gates up, \(what)")
        }
        for layer in [fast, reference] {
            _ = layer.forward(x)
            layer.parameters.zeroGradients()
            layer.backwardParametersOnly(dy)
        }
        expectSameGradients(reference, fast, "\(what), parameters only")
    }

    static let shapes: [(n: Int, h: Int)] = [(3, 12), (3, 20), (3, 33), (5, 12), (5, 20), (5, 33), (9, 12), (9, 16), (9, 20), (9, 33)]

    @Test("the RNN: outputs, ∂L/∂x, every weight's gradient, ‖∂L/∂h_t‖ and ∂L/∂h_0 agree", arguments: shapes.indices)
    func rnn(_ index: Int) {
        let (n, h) = Self.shapes[index]
        let (fast, reference) = Self.rnnPair(inputSize: 5, hiddenSize: h, seed: 1000 + UInt64(index))
        Self.expectBothPathsAgree(fast, reference, T: 4, n: n, seed: 1100 + UInt64(index), "RNN n = \(n), h = \(h)")
    }

    @Test("the LSTM: outputs, gates, ∂L/∂x, every weight's gradient, ‖∂L/∂h_t‖, ∂L/∂h_0 and ∂L/∂c_0 agree",
          arguments: shapes.indices)
    func lstm(_ index: Int) {
        let (n, h) = Self.shapes[index]
        let (fast, reference) = Self.lstmPair(inputSize: 5, hiddenSize: h, seed: 1200 + UInt64(index))
        Self.expectBothPathsAgree(fast, reference, T: 4, n: n, seed: 1300 + UInt64(index), "LSTM n = \(n), h = \(h)")
    }

    @Test("the LSTM with its products cut small and whole (n = 18: rows by 8, ∂L/∂Wh by h)",
          arguments: [true, false], [12, 33])
    func lstmProductCuts(smallProducts: Bool, hidden: Int) {
        let (fast, reference) = Self.lstmPair(inputSize: 3, hiddenSize: hidden, seed: 1400, smallProducts: smallProducts)
        Self.expectBothPathsAgree(fast, reference, T: 3, n: 18, seed: 1500,
                                  "LSTM n = 18, h = \(hidden), smallProducts \(smallProducts)")
    }

    @Test("a carried state continues on both paths, a given initial state comes before it, and a reset forgets it",
          arguments: [false, true])
    func carriedState(lstm: Bool) {
        let (fast, reference): (any RecurrentLayer, any RecurrentLayer)
        if lstm {
            (fast, reference) = Self.lstmPair(inputSize: 3, hiddenSize: 20, seed: 1600)
        } else {
            (fast, reference) = Self.rnnPair(inputSize: 3, hiddenSize: 20, seed: 1600)
        }
        let name = lstm ? "LSTM" : "RNN"
        for layer in [fast, reference] { layer.carriesState = true }
        let pieces = (0..<4).map { Self.normal([3, 5, 3], seed: 1700 + UInt64($0)) }
        let dy = Self.normal([3, 5, 20], seed: 1710)
        expectSameNumbers(reference.forward(pieces[0]), fast.forward(pieces[0]), "\(name), the first piece")
        let carried = fast.forward(pieces[1])
        expectSameNumbers(reference.forward(pieces[1]), carried, "\(name), the second piece, from the carried state")
        expectSameNumbers(reference.backward(dy), fast.backward(dy), "\(name), ∂L/∂x of the second piece")
        Self.expectSameGradients(reference, fast, "\(name), the second piece")
        Self.setInitialState([fast, reference], n: 5, seed: 1720)
        expectSameNumbers(reference.forward(pieces[2]), fast.forward(pieces[2]), "\(name), a given state before the carried one")
        for layer in [fast, reference] {
            (layer as? RNN)?.initialState = nil
            if let lstm = layer as? LSTM { (lstm.initialState, lstm.initialCell) = (nil, nil) }
            layer.resetState()
        }
        let fresh = fast.forward(pieces[1])
        expectSameNumbers(reference.forward(pieces[1]), fresh, "\(name), after a reset")
        #expect(fresh != carried, "\(name): the carried state must change the second piece's outputs")
    }
}
