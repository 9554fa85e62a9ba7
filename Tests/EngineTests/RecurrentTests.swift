import Foundation
import RecurrentNetworks
import Testing

@Suite("Recurrent networks: RNN, LSTM, embedding, clipping, sequence loss, corpora")
struct RecurrentTests {
    static func normal(_ shape: [Int], seed: UInt64, deviation: Float = 1) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, standardDeviation: deviation, using: &generator)
    }

    /// Step t of a [T, n, d] tensor, [n, d].
    static func step(_ x: Tensor, _ t: Int) -> Tensor { x.row(t) }

    /// The LSTM's step written with plain tensor operations and the C library's exp and tanh:
    /// the reference the fused, vectorised layer is held to.
    static func referenceLSTM(_ x: Tensor, _ layer: LSTM, hidden: Tensor, cell: Tensor) -> [Tensor] {
        let h = layer.hiddenSize
        var (state, c) = (hidden, cell)
        var outputs: [Tensor] = []
        func columns(_ z: Tensor, _ k: Int) -> Tensor {
            var scalars: [Float] = []
            for r in 0..<z.shape[0] {
                let start = r * 4 * h + k * h
                scalars += z.scalars[start..<(start + h)]
            }
            return Tensor(shape: [z.shape[0], h], scalars: scalars)
        }
        for t in 0..<x.shape[0] {
            let z = naiveMatmul(step(x, t), layer.inputWeight.value) + naiveMatmul(state, layer.recurrentWeight.value) + layer.bias.value
            let f = sigmoid(columns(z, 0)), i = sigmoid(columns(z, 1)), g = tanh(columns(z, 2)), o = sigmoid(columns(z, 3))
            c = f * c + i * g
            state = o * tanh(c)
            outputs.append(state)
        }
        return outputs
    }

    // MARK: The RNN

    @Test("the RNN's forward pass is h_t = tanh(x_t Wx + h_{t−1} Wh + b), step after step")
    func rnnForward() {
        var generator = SeededGenerator(seed: 800)
        let layer = RNN(inputSize: 5, hiddenSize: 6, using: &generator)
        layer.bias.value = Self.normal([6], seed: 801, deviation: 0.3)
        let x = Self.normal([4, 3, 5], seed: 802)
        let output = layer.forward(x)
        #expect(output.shape == [4, 3, 6])
        var state = Tensor.zeros([3, 6])
        for t in 0..<4 {
            state = tanh(naiveMatmul(Self.step(x, t), layer.inputWeight.value) + naiveMatmul(state, layer.recurrentWeight.value)
                         + layer.bias.value)
            let got = output.row(t)
            for k in 0..<state.count { #expect(abs(got[flat: k] - state[flat: k]) < 1e-5, "step \(t), entry \(k)") }
        }
    }

    /// Σ R ⊙ (every hidden state) of an RNN or LSTM, computed in double precision from the
    /// layer's weights: the reference the analytic gradients are checked against.
    static func referenceLoss(lstm: Bool, x: [Double], wx: [Double], wh: [Double], b: [Double], h0: [Double], c0: [Double],
                              r: [Double], T: Int, n: Int, d: Int, h: Int) -> Double {
        let width = lstm ? 4 * h : h
        var state = h0, cell = c0
        var total = 0.0
        for t in 0..<T {
            var z = [Double](repeating: 0, count: n * width)
            for i in 0..<n {
                for j in 0..<width {
                    var sum = b[j]
                    for k in 0..<d { sum += x[(t * n + i) * d + k] * wx[k * width + j] }
                    for k in 0..<h { sum += state[i * h + k] * wh[k * width + j] }
                    z[i * width + j] = sum
                }
            }
            for i in 0..<n {
                for j in 0..<h {
                    if lstm {
                        func sigma(_ v: Double) -> Double { 1 / (1 + Foundation.exp(-v)) }
                        let row = i * width
                        let (f, input, g, o) = (sigma(z[row + j]), sigma(z[row + h + j]), Foundation.tanh(z[row + 2 * h + j]),
                                                sigma(z[row + 3 * h + j]))
                        cell[i * h + j] = f * cell[i * h + j] + input * g
                        state[i * h + j] = o * Foundation.tanh(cell[i * h + j])
                    } else {
                        state[i * h + j] = Foundation.tanh(z[i * h + j])
                    }
                    total += r[(t * n + i) * h + j] * state[i * h + j]
                }
            }
        }
        return total
    }

    /// The layer's analytic gradients for L = Σ R ⊙ output against central differences of the
    /// double-precision reference (step 1e-4: its error is far below Float's rounding), for the
    /// input, every weight and the initial state: h_0 (and the LSTM's c_0) drawn when
    /// `initialState`, zeros otherwise.
    static func checkAgainstReference(_ layer: any RecurrentLayer, lstm: Bool, T: Int, n: Int, seed: UInt64,
                                      initialState: Bool = false) {
        let (d, h) = (layer.inputSize, layer.hiddenSize)
        let x = normal([T, n, d], seed: seed), r = normal([T, n, h], seed: seed + 1)
        let h0 = initialState ? normal([n, h], seed: seed + 2, deviation: 0.5) : .zeros([n, h])
        let c0 = initialState && lstm ? normal([n, h], seed: seed + 3) : .zeros([n, h])
        if initialState, let rnn = layer as? RNN { rnn.initialState = h0 }
        if initialState, let lstm = layer as? LSTM { (lstm.initialState, lstm.initialCell) = (h0, c0) }
        _ = layer.forward(x)
        let dx = layer.backward(r)
        let (wx, wh, b) = (layer.parameters[0], layer.parameters[1], layer.parameters[2])
        var values = [x.scalars, wx.value.scalars, wh.value.scalars, b.value.scalars, h0.scalars, c0.scalars]
            .map { $0.map(Double.init) }
        let initialGradients = (layer as? RNN).map { [$0.initialStateGradient] }
            ?? (layer as? LSTM).map { [$0.initialStateGradient, $0.initialCellGradient] } ?? []
        let analytic = [dx, wx.gradient, wh.gradient, b.gradient] + initialGradients.map { $0 ?? .zeros([0]) }
        let names = ["input", "Wx", "Wh", "b", "h_0", "c_0"]
        let rs = r.scalars.map(Double.init)
        for which in analytic.indices {
            guard analytic[which].count == values[which].count else {
                Issue.record("\(layer.description) ∂L/∂\(names[which]) has \(analytic[which].count) entries, expected \(values[which].count)")
                continue
            }
            var worst = (error: 0.0, index: 0, numerical: 0.0)
            for index in values[which].indices {
                let original = values[which][index]
                func loss(_ value: Double) -> Double {
                    values[which][index] = value
                    defer { values[which][index] = original }
                    return referenceLoss(lstm: lstm, x: values[0], wx: values[1], wh: values[2], b: values[3], h0: values[4],
                                         c0: values[5], r: rs, T: T, n: n, d: d, h: h)
                }
                let numerical = (loss(original + 1e-4) - loss(original - 1e-4)) / 2e-4
                let error = abs(Double(analytic[which][flat: index]) - numerical) / max(abs(numerical), 1e-2)
                if error > worst.error { worst = (error, index, numerical) }
            }
            let got = analytic[which][flat: worst.index]
            #expect(worst.error < 1e-4,
                    "\(layer.description) ∂L/∂\(names[which]) entry \(worst.index): analytic \(got), numerical \(worst.numerical)")
        }
    }

    @Test("the RNN's backpropagation through time matches central differences, for the input and every weight")
    func rnnGradients() {
        var generator = SeededGenerator(seed: 803)
        let layer = RNN(inputSize: 4, hiddenSize: 5, using: &generator)
        layer.bias.value = Self.normal([5], seed: 804, deviation: 0.3)
        Self.checkAgainstReference(layer, lstm: false, T: 5, n: 3, seed: 805)
    }

    @Test("a given initial state starts the sequence, and ∂L/∂h_0 (and the LSTM's ∂L/∂c_0) match central differences")
    func initialState() {
        var generator = SeededGenerator(seed: 806)
        let rnn = RNN(inputSize: 4, hiddenSize: 5, using: &generator)
        rnn.bias.value = Self.normal([5], seed: 807, deviation: 0.3)
        Self.checkAgainstReference(rnn, lstm: false, T: 4, n: 3, seed: 808, initialState: true)
        let lstm = LSTM(inputSize: 3, hiddenSize: 20, using: &generator)
        lstm.bias.value = Self.normal([80], seed: 809, deviation: 0.5)
        Self.checkAgainstReference(lstm, lstm: true, T: 4, n: 3, seed: 810, initialState: true)
        // Handing a layer the state another ended with continues the sequence, as carrying it does.
        let x = Self.normal([6, 2, 4], seed: 811)
        rnn.initialState = nil
        let whole = rnn.forward(x)
        let first = rnn.forward(Tensor(shape: [3, 2, 4], scalars: Array(x.scalars[..<24])))
        let decoder = RNN(inputWeight: rnn.inputWeight.value, recurrentWeight: rnn.recurrentWeight.value, bias: rnn.bias.value)
        decoder.initialState = first.row(2)
        let second = decoder.forward(Tensor(shape: [3, 2, 4], scalars: Array(x.scalars[24...])))
        let joined = first.scalars + second.scalars
        for k in 0..<whole.count { #expect(abs(joined[k] - whole[flat: k]) < 1e-6, "entry \(k)") }
    }

    @Test("a backward pass starts every sum over steps from zero: the same gradient twice, not doubled")
    func gradientsDoNotPileUp() {
        var generator = SeededGenerator(seed: 806)
        for layer in [RNN(inputSize: 3, hiddenSize: 4, using: &generator) as any RecurrentLayer,
                      LSTM(inputSize: 3, hiddenSize: 4, using: &generator)] {
            let x = Self.normal([6, 2, 3], seed: 807), dy = Self.normal([6, 2, 4], seed: 808)
            _ = layer.forward(x)
            _ = layer.backward(dy)
            let first = layer.parameters.map(\.gradient)
            _ = layer.forward(x)
            _ = layer.backward(dy)
            #expect(layer.parameters.map(\.gradient) == first, "\(layer.description)")
            layer.parameters.zeroGradients()
            #expect(layer.parameters.allSatisfy { $0.gradient == .zeros($0.value.shape) })
        }
    }

    @Test("with a loss at the last step only, the RNN's gradient shrinks as it reaches back through small weights")
    func vanishingGradient() {
        var generator = SeededGenerator(seed: 809)
        let layer = RNN(inputSize: 3, hiddenSize: 16, using: &generator)
        layer.recurrentWeight.value = Self.normal([16, 16], seed: 810, deviation: 0.5 / 4)   // spectral radius about 0.5
        let x = Self.normal([20, 4, 3], seed: 811)
        _ = layer.forward(x)
        var dy = Tensor.zeros([20, 4, 16])
        for k in (19 * 64)..<(20 * 64) { dy[flat: k] = 1 }
        _ = layer.backward(dy)
        let norms = layer.hiddenGradientNorms
        #expect(norms.count == 20)
        #expect(norms[19] > 1)
        #expect(norms[0] < 1e-4 * norms[19], "\(norms)")
        #expect(zip(norms, norms.dropFirst()).allSatisfy { $0 < $1 }, "\(norms)")
    }

    // MARK: The LSTM

    @Test("the fused LSTM's forward pass matches the gate equations computed with plain tensors (h = 20: a vector of 16 and a shorter one)")
    func lstmForward() {
        var generator = SeededGenerator(seed: 820)
        let layer = LSTM(inputSize: 5, hiddenSize: 20, using: &generator)
        layer.bias.value = Self.normal([80], seed: 821, deviation: 0.5)
        let x = Self.normal([4, 3, 5], seed: 822, deviation: 2)
        let output = layer.forward(x)
        let expected = Self.referenceLSTM(x, layer, hidden: .zeros([3, 20]), cell: .zeros([3, 20]))
        for t in 0..<4 {
            for k in 0..<expected[t].count {
                #expect(abs(output.row(t)[flat: k] - expected[t][flat: k]) < 2e-6, "step \(t), entry \(k)")
            }
        }
        let gates = try! #require(layer.gates)
        #expect(gates.shape == [4, 3, 80])
        #expect(gates.scalars.allSatisfy { $0 >= -1 && $0 <= 1 })
    }

    @Test("the LSTM's backward pass matches central differences, for the input and every weight", arguments: [12, 16, 20])
    func lstmGradients(hidden: Int) {
        var generator = SeededGenerator(seed: 823)
        let layer = LSTM(inputSize: 4, hiddenSize: hidden, using: &generator)
        layer.bias.value = Self.normal([4 * hidden], seed: 824, deviation: 0.5)
        Self.checkAgainstReference(layer, lstm: true, T: 5, n: 3, seed: 825)
    }

    @Test("the LSTM's gradients match central differences with its products cut small or whole (n = 18: rows by 8, ∂L/∂Wh by h)",
          arguments: [true, false])
    func lstmProductCuts(smallProducts: Bool) {
        var generator = SeededGenerator(seed: 840)
        let layer = LSTM(inputSize: 2, hiddenSize: 12, using: &generator)
        layer.smallProducts = smallProducts
        layer.bias.value = Self.normal([48], seed: 841, deviation: 0.5)
        Self.checkAgainstReference(layer, lstm: true, T: 2, n: 18, seed: 842)
    }

    @Test("the forget gate's bias starts at 1 and the others at 0")
    func lstmInitialisation() {
        var generator = SeededGenerator(seed: 826)
        let layer = LSTM(inputSize: 2, hiddenSize: 3, using: &generator)
        #expect(layer.bias.value.scalars == [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test("a carried state continues the sequence: two halves read in order give the whole's outputs")
    func carriedState() {
        var generator = SeededGenerator(seed: 827)
        for layer in [RNN(inputSize: 3, hiddenSize: 9, using: &generator) as any RecurrentLayer,
                      LSTM(inputSize: 3, hiddenSize: 9, using: &generator)] {
            let x = Self.normal([6, 2, 3], seed: 828)
            let whole = layer.forward(x)
            layer.carriesState = true
            layer.resetState()
            let first = layer.forward(Tensor(shape: [3, 2, 3], scalars: Array(x.scalars[..<18])))
            let second = layer.forward(Tensor(shape: [3, 2, 3], scalars: Array(x.scalars[18...])))
            let joined = first.scalars + second.scalars
            for k in 0..<whole.count { #expect(abs(joined[k] - whole[flat: k]) < 1e-6, "\(layer.description) entry \(k)") }
            layer.resetState()
            #expect(layer.forward(Tensor(shape: [3, 2, 3], scalars: Array(x.scalars[18...]))) != second)
        }
    }

    @Test("the vectorised exponential agrees with the C library's across the range the gates see")
    func vectorisedActivations() {
        // h = 16: one whole vector, the path every hidden size that is a multiple of 16 takes.
        let layer = LSTM(inputWeight: .zeros([1, 64]), recurrentWeight: .zeros([16, 64]), bias: .zeros([64]))
        // Pre-activations from −30 to 30 through the bias; the output gate and candidate show σ and tanh.
        for start in stride(from: Float(-30), to: 30, by: 0.74) {
            let z = (0..<16).map { start + Float($0) * 0.045 }
            layer.bias.value = Tensor(z + z + z + z)
            let h = layer.forward(.zeros([1, 1, 1]))
            let gates = layer.gates!.scalars
            for j in 0..<16 {
                let (sigma, tangent) = (1 / (1 + Foundation.exp(-Double(z[j]))), Foundation.tanh(Double(z[j])))
                #expect(abs(Double(gates[j]) - sigma) < 3e-7 + 3e-7 * sigma, "σ(\(z[j]))")
                #expect(abs(Double(gates[32 + j]) - tangent) < 3e-7, "tanh(\(z[j]))")
                let c = sigma * tangent
                #expect(abs(Double(h[flat: j]) - sigma * Foundation.tanh(c)) < 1e-6, "h at z = \(z[j])")
            }
        }
    }

    // MARK: Embedding, clipping, loss

    @Test("an embedding looks rows up, and adds the gradient of every position into the row it read")
    func embedding() {
        var generator = SeededGenerator(seed: 830)
        let embedding = Embedding(vocabularySize: 4, dimension: 3, using: &generator)
        let tokens = Tensor(shape: [2, 3], scalars: [2, 0, 2, 3, 2, 1])
        let y = embedding.forward(tokens)
        #expect(y.shape == [2, 3, 3])
        for (position, token) in tokens.scalars.enumerated() {
            #expect(Array(y.scalars[(position * 3)..<(position * 3 + 3)]) == embedding.table.value.row(Int(token)).scalars)
        }
        let dy = Self.normal([2, 3, 3], seed: 831)
        _ = embedding.backward(dy)
        let g = embedding.table.gradient
        for j in 0..<3 {
            // Token 2 is read at positions 0, 2 and 4; token 0 at 1; token 1 at 5; token 3 at 3.
            #expect(abs(g[2, j] - (dy[flat: j] + dy[flat: 6 + j] + dy[flat: 12 + j])) < 1e-6)
            #expect(g[0, j] == dy[flat: 3 + j] && g[1, j] == dy[flat: 15 + j] && g[3, j] == dy[flat: 9 + j])
        }
    }

    @Test("clipping by global norm scales every gradient by one factor, returns the norm before, and leaves small gradients alone")
    func clipping() {
        let a = Parameter(.zeros([2]), name: "a"), b = Parameter(.zeros([1, 2]), name: "b")
        a.gradient = Tensor([3, 0])
        b.gradient = Tensor([[0, 4]])
        #expect(clipGradients([a, b], maxNorm: 10) == 5)
        #expect(a.gradient == Tensor([3, 0]) && b.gradient == Tensor([[0, 4]]))
        #expect(clipGradients([a, b], maxNorm: 1) == 5)
        #expect(abs(a.gradient[0] - 0.6) < 1e-6 && abs(b.gradient[0, 1] - 0.8) < 1e-6)
        #expect(abs(globalGradientNorm([a, b]) - 1) < 1e-6)
    }

    @Test("the sequence loss averages chapter 03's cross-entropy over the steps with targets, and sends nothing to the others")
    func sequenceLoss() {
        let logits = Self.normal([3, 2, 4], seed: 832)
        let targets = Tensor(shape: [3, 2], scalars: [-1, 2, 0, -1, 3, 1])
        let (loss, gradient) = sequenceCrossEntropy(logits: logits, targets: targets)
        let kept = [1, 2, 4, 5]
        let (expected, expectedGradient) = softmaxCrossEntropy(logits: logits.reshaped([6, 4]).rows(kept),
                                                               labels: Tensor(kept.map { targets[flat: $0] }))
        #expect(abs(loss - expected) < 1e-6)
        let rows = gradient.reshaped([6, 4])
        #expect(rows.row(0) == .zeros([4]) && rows.row(3) == .zeros([4]))
        for (position, row) in kept.enumerated() { #expect(rows.row(row) == expectedGradient.row(position)) }
        let all = sequenceCrossEntropy(logits: logits, targets: Tensor(shape: [3, 2], scalars: [1, 2, 0, 3, 3, 1]))
        #expect(abs(all.loss - softmaxCrossEntropy(logits: logits.reshaped([6, 4]), labels: Tensor([1, 2, 0, 3, 3, 1])).loss) < 1e-6)
    }

    @Test("a loss that stops being a number stops training with the step, the gradient's norm and the advice to clip")
    func divergence() throws {
        var generator = SeededGenerator(seed: 833)
        let model = SequenceModel(vocabulary: 11, embedding: 4, classes: 10, using: &generator) { size, generator in
            RNN(inputSize: size, hiddenSize: 8, using: &generator)
        }
        let (inputs, targets) = RecallTask.batch(count: 4, distractors: 2, using: &generator)
        let optimizer = Adam(learningRate: 0.01)
        try model.trainStep(inputs, targets: targets, optimizer: optimizer, maxNorm: nil, step: 1)
        model.readout.weight.value[0, 0] = .infinity
        let before = model.parameters.map(\.value)
        let error = #expect(throws: SequenceTrainingError.self) {
            try model.trainStep(inputs, targets: targets, optimizer: optimizer, maxNorm: nil, step: 7)
        }
        let message = error.map { "\($0)" } ?? "no error"
        #expect(message.contains("step 7") && message.contains("clip") && message.contains("norm"), "\(message)")
        #expect(model.parameters.map(\.value) == before, "a diverged step must change nothing")
    }

    // MARK: Tasks, text, sampling

    @Test("the addition task reads \"34+14===\" and answers \"48 \" in its last three steps")
    func additionTask() {
        let (inputs, targets) = AdditionTask.batch([(34, 14), (3, 4), (99, 99)])
        let vocabulary = AdditionTask.vocabulary
        func column(_ tensor: Tensor, _ i: Int) -> [Float] { (0..<8).map { tensor[$0, i] } }
        #expect(vocabulary.decode(column(inputs, 0).map { Int($0) }) == "34+14===")
        #expect(vocabulary.decode(column(inputs, 1).map { Int($0) }) == "3+4  ===")
        #expect(vocabulary.decode(column(targets, 2).suffix(3).map { Int($0) }) == "198")
        #expect(column(targets, 0).prefix(5).allSatisfy { $0 == -1 })
    }

    @Test("the recall task's answer is its first digit, asked for at its last step")
    func recallTask() {
        var generator = SeededGenerator(seed: 834)
        let (inputs, targets) = RecallTask.batch(count: 5, distractors: 7, using: &generator)
        #expect(inputs.shape == [9, 5] && targets.shape == [9, 5])
        for i in 0..<5 {
            #expect(targets[8, i] == inputs[0, i] && inputs[8, i] == Float(RecallTask.query))
            #expect((0..<8).allSatisfy { targets[$0, i] == -1 } && (1..<8).allSatisfy { inputs[$0, i] < 10 })
        }
    }

    @Test("a character outside the vocabulary is named with its position and the vocabulary")
    func unknownCharacter() throws {
        let vocabulary = Vocabulary(of: "hello world")
        #expect(try vocabulary.encode("hello") == [3, 2, 4, 4, 5])
        let error = #expect(throws: TextDataError.self) { try vocabulary.encode("hello, world", what: "the prompt") }
        let message = error.map { "\($0)" } ?? "no error"
        #expect(message.contains("the prompt") && message.contains("\",\"") && message.contains("position 5"), "\(message)")
    }

    @Test("a missing corpus names its Debian package; a folder of no fortunes (no file with a .dat index), or a list of no words, says so")
    func corpusErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = #expect(throws: TextDataError.self) { try TextCorpus.fortunes(directory: folder.path + "/nothing") }
        #expect("\(missing!)".contains("fortunes package"))
        var shuffling = SeededGenerator(seed: 1)
        let noWords = #expect(throws: TextDataError.self) { try TextCorpus.words(file: folder.path + "/words", shuffledWith: &shuffling) }
        let noWordsText = noWords.map { "\($0)" } ?? "no error"
        #expect(noWordsText.contains("wamerican"))
        let empty = #expect(throws: TextDataError.self) { try TextCorpus.fortunes(directory: folder.path) }
        let emptyText = empty.map { "\($0)" } ?? "no error"
        #expect(emptyText.contains("no fortune files"))
        let words = FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: words) }
        try Data("Émile\nO'Brien\n".utf8).write(to: words)
        let noneKept = #expect(throws: TextDataError.self) { try TextCorpus.words(file: words.path, shuffledWith: &shuffling) }
        let noneKeptText = noneKept.map { "\($0)" } ?? "no error"
        #expect(noneKeptText.contains("none of its 2 lines"))
        try Data("Not a fortune file: it has no index beside it.".utf8).write(to: folder.appendingPathComponent("notes"))
        let unindexed = #expect(throws: TextDataError.self) { try TextCorpus.fortunes(directory: folder.path) }
        let unindexedText = unindexed.map { "\($0)" } ?? "no error"
        #expect(unindexedText.contains("no fortune files"))
        try Data().write(to: folder.appendingPathComponent("blank"))
        try Data().write(to: folder.appendingPathComponent("blank.dat"))
        let blank = #expect(throws: TextDataError.self) { try TextCorpus.fortunes(directory: folder.path) }
        let blankText = blank.map { "\($0)" } ?? "no error"
        #expect(blankText.contains("at least two characters"))
    }

    @Test("fortune files: quotations split at \"%\", overstruck characters dropped with their backspace, indexes skipped")
    func fortuneFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fortunes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Be _\u{8}bold.\n%\nTabs\there, café.\n%\n".utf8).write(to: folder.appendingPathComponent("one"))
        try Data([0, 1, 2, 3]).write(to: folder.appendingPathComponent("one.dat"))
        let corpus = try TextCorpus.fortunes(directory: folder.path)
        #expect(corpus.text == "Be bold.\n\nTabs here, caf.\n\n")
        #expect(corpus.droppedCharacters == 1)
        #expect(corpus.vocabulary.decode(corpus.tokens) == corpus.text)
    }

    @Test("stream batches: row i of batch b + 1 continues row i of batch b, and targets are the next characters")
    func streamBatches() throws {
        let corpus = try TextCorpus(name: "alphabet", text: String(repeating: "abcdefghijklmnopqrstuvwxyz", count: 4))
        let batches = corpus.streamBatches(batchSize: 3, length: 5)
        #expect(batches.count == (103 / 3) / 5)
        let stream = (corpus.tokens.count - 1) / 3
        for (b, batch) in batches.enumerated() {
            for t in 0..<5 {
                for i in 0..<3 {
                    #expect(batch.inputs[t, i] == Float(corpus.tokens[i * stream + b * 5 + t]))
                    #expect(batch.targets[t, i] == Float(corpus.tokens[i * stream + b * 5 + t + 1]))
                }
            }
        }
    }

    @Test("a temperature of 0 takes the likeliest index; high temperatures spread the draws towards uniform")
    func temperature() {
        var generator = SeededGenerator(seed: 835)
        let logits: [Float] = [0, 2, 1]
        #expect(sampleIndex(logits: logits, temperature: 0, using: &generator) == 1)
        func frequencies(_ temperature: Float) -> [Double] {
            var counts = [0, 0, 0]
            for _ in 0..<20_000 { counts[sampleIndex(logits: logits, temperature: temperature, using: &generator)] += 1 }
            return counts.map { Double($0) / 20_000 }
        }
        let (cool, warm) = (frequencies(0.5), frequencies(5))
        // softmax([0, 4, 2]) = (0.016, 0.867, 0.117); softmax([0, 0.4, 0.2]) = (0.272, 0.405, 0.332).
        #expect(abs(cool[1] - 0.867) < 0.02 && abs(warm[0] - 0.272) < 0.02, "\(cool) \(warm)")
    }

    // MARK: Learning

    @Test("a small LSTM learns to recall a digit across 6 distractors in 600 steps; an echo state network recalls it across 1")
    func learnsToRecall() throws {
        var generator = SeededGenerator(seed: 836)
        let model = SequenceModel(vocabulary: RecallTask.tokenCount, embedding: 8, classes: 10, using: &generator) { size, generator in
            LSTM(inputSize: size, hiddenSize: 24, using: &generator)
        }
        let optimizer = Adam(learningRate: 0.01)
        for step in 1...600 {
            let (inputs, targets) = RecallTask.batch(count: 32, distractors: 6, using: &generator)
            try model.trainStep(inputs, targets: targets, optimizer: optimizer, maxNorm: 5, step: step)
        }
        let (inputs, targets) = RecallTask.batch(count: 500, distractors: 6, using: &generator)
        let last = model.forward(inputs).row(7)
        let accuracy = RecurrentNetworks.accuracy(scores: last, labels: targets.row(7))
        #expect(accuracy > 0.95, "accuracy \(accuracy) after 600 steps")

        var esn = EchoStateNetwork(inputSize: RecallTask.tokenCount, reservoirSize: 100, spectralRadius: 0.9, using: &generator)
        let (train, trainTargets) = RecallTask.batch(count: 2000, distractors: 1, using: &generator)
        try esn.fit(states: esn.finalStates(oneHot(train, count: 11)), targets: oneHot(trainTargets.row(2), count: 10))
        let (test, testTargets) = RecallTask.batch(count: 500, distractors: 1, using: &generator)
        let esnAccuracy = RecurrentNetworks.accuracy(scores: esn.predict(states: esn.finalStates(oneHot(test, count: 11))),
                                                     labels: testTargets.row(2))
        #expect(esnAccuracy > 0.9, "echo state network accuracy \(esnAccuracy)")
    }
}
