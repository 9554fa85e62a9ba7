import Foundation
import RecurrentNetworks
import RecurrentNetworksExercises
import Testing

@Suite("Exercise 8: recurrent networks")
struct Exercise8 {
    @Test("8.1 one RNN step forward") func rnnStep() async { await checkPart("8.1") }
    @Test("8.2 one RNN step backward") func rnnStepBackward() async { await checkPart("8.2") }
    @Test("8.3 backpropagation through time") func backpropagationThroughTime() async { await checkPart("8.3") }
    @Test("8.4 clipping by global norm") func clipping() async { await checkPart("8.4") }
    @Test("8.5 the LSTM cell forward") func lstmCellForward() async { await checkPart("8.5") }
    @Test("8.6 the LSTM cell backward") func lstmCellBackward() async { await checkPart("8.6") }
}

/// The checks of exercise 8, run in a child process by `checkPart`.
enum RecurrentChecks {
    static let file = "exercises/08-recurrent-networks/RecurrentExercise.swift"

    /// An RNN problem: x [n, d], h [n, h], Wx [d, h], Wh [h, h] (not symmetric, so that a
    /// transposed Wh shows), b [h].
    static func rnnProblem(_ seed: UInt64, n: Int = 3, d: Int = 4, h: Int = 5)
        -> (x: Tensor, h: Tensor, wx: Tensor, wh: Tensor, b: Tensor) {
        var generator = SeededGenerator(seed: seed)
        return (.normal([n, d], using: &generator), .normal([n, h], standardDeviation: 0.5, using: &generator),
                .normal([d, h], standardDeviation: 0.5, using: &generator), .normal([h, h], standardDeviation: 0.5, using: &generator),
                .normal([h], standardDeviation: 0.5, using: &generator))
    }

    /// tanh(x Wx + h Wh + b) in double precision, or a usual slip: `transposed` Wh, no bias,
    /// no tanh, σ instead of tanh.
    static func rnnStep(_ x: Tensor, _ h: Tensor, _ wx: Tensor, _ wh: Tensor, _ b: Tensor, transposed: Bool = false,
                        bias: Bool = true, activation: (Double) -> Double = Foundation.tanh) -> [Double] {
        rnnStep(x, h.scalars.map(Double.init), wx, wh, b, transposed: transposed, bias: bias, activation: activation)
    }

    /// The same from a state h [n, h] held in double precision.
    static func rnnStep(_ x: Tensor, _ h: [Double], _ wx: Tensor, _ wh: Tensor, _ b: Tensor, transposed: Bool = false,
                        bias: Bool = true, activation: (Double) -> Double = Foundation.tanh) -> [Double] {
        let (n, d, k) = (x.shape[0], x.shape[1], wh.shape[0])
        var out = [Double](repeating: 0, count: n * k)
        for i in 0..<n {
            for j in 0..<k {
                var a = bias ? Double(b[j]) : 0
                for p in 0..<d { a += Double(x[i, p]) * Double(wx[p, j]) }
                for p in 0..<k { a += h[i * k + p] * Double(transposed ? wh[j, p] : wh[p, j]) }
                out[i * k + j] = activation(a)
            }
        }
        return out
    }

    static func tensor(_ values: [Double], _ shape: [Int]) -> Tensor { Tensor(shape: shape, scalars: values.map(Float.init)) }

    /// Σ r ⊙ y in double precision.
    static func projected(_ y: [Double], _ r: Tensor) -> Double { zip(y, r.scalars).reduce(0) { $0 + $1.0 * Double($1.1) } }

    // MARK: - 8.1, 8.2 one RNN step

    static func rnnStepForward() throws {
        let part = Part(id: "8.1", function: "rnnStep(input:hidden:inputWeight:recurrentWeight:bias:)", file: file)
        for (index, size) in [(n: 3, d: 4, h: 5), (n: 1, d: 2, h: 6), (n: 6, d: 7, h: 3)].enumerated() {
            let (x, h, wx, wh, b) = rnnProblem(UInt64(810 + index), n: size.n, d: size.d, h: size.h)
            let y = try part.learner { RecurrentExercise.rnnStep(input: x, hidden: h, inputWeight: wx, recurrentWeight: wh, bias: b) }
            if try part.isNotImplemented() { return }
            let shape = [size.n, size.h]
            // The engine's RNN from a zero state agrees with the formula at h = 0; here h ≠ 0.
            let expected = tensor(rnnStep(x, h, wx, wh, b), shape)
            let mistakes: [(answer: Tensor, explanation: String)] = [
                (tensor(rnnStep(x, h, wx, wh, b, transposed: true), shape),
                 "That uses Whᵀ: the previous state multiplies Wh from the left, h_{t−1} Wh, as x_t multiplies Wx"),
                (tensor(rnnStep(x, h, wx, wh, b, bias: false), shape), "The bias b is missing: a = x_t Wx + h_{t−1} Wh + b"),
                (tensor(rnnStep(x, h, wx, wh, b, activation: { $0 }), shape),
                 "That is a = x_t Wx + h_{t−1} Wh + b itself: h_t = tanh(a)"),
                (tensor(rnnStep(x, h, wx, wh, b, activation: { 1 / (1 + Foundation.exp(-$0)) }), shape),
                 "That is σ(a): the plain RNN's activation is tanh, whose outputs lie in (−1, 1) around 0"),
            ]
            guard part.expectTensor(y, expected, "h_t for x \(x.shape), h \(h.shape)", mistakes: mistakes) else { return }
        }
    }

    static func rnnStepBackward() throws {
        let part = Part(id: "8.2", function: "rnnStepBackward(outputGradient:input:hidden:output:inputWeight:recurrentWeight:)",
                        file: file)
        for index in 0..<2 {
            let (x, h, wx, wh, b) = rnnProblem(UInt64(820 + index))
            var generator = SeededGenerator(seed: UInt64(825 + index))
            let dh = Tensor.normal([3, 5], using: &generator)
            let output = tensor(rnnStep(x, h, wx, wh, b), [3, 5])
            let result = try part.learner { () -> [Tensor] in
                let r = RecurrentExercise.rnnStepBackward(outputGradient: dh, input: x, hidden: h, output: output,
                                                          inputWeight: wx, recurrentWeight: wh)
                return [r.input, r.hidden, r.inputWeight, r.recurrentWeight, r.bias]
            }
            if try part.isNotImplemented() { return }
            // Slips, each in every gradient: da without tanh′, or tanh′ from h_{t−1} instead of h_t.
            let slips: [(da: Tensor, explanation: String)] = [
                (dh, "tanh′ is missing: da = dh ⊙ (1 − h_t²), since h_t = tanh(a)"),
                (dh * (1 - h * h), "tanh′ is taken at the previous state: it is 1 − h_t², with h_t the step's output"),
                (dh * (1 - output), "tanh′ is 1 − h_t², the output squared: 1 − h_t is missing the square"),
            ]
            func gradients(_ da: Tensor) -> [Tensor] {
                [matmul(da, wx, transposeB: true), matmul(da, wh, transposeB: true), matmul(x, da, transposeA: true),
                 matmul(h, da, transposeA: true), da.sum(alongAxis: 0)]
            }
            let wrong = slips.map { (gradients($0.da), $0.explanation) }
            let names = ["∂L/∂x_t", "∂L/∂h_{t−1}", "∂L/∂Wx", "∂L/∂Wh", "∂L/∂b"]
            let losses: [(Tensor) -> Double] = [
                { projected(rnnStep($0, h, wx, wh, b), dh) }, { projected(rnnStep(x, $0, wx, wh, b), dh) },
                { projected(rnnStep(x, h, $0, wh, b), dh) }, { projected(rnnStep(x, h, wx, $0, b), dh) },
                { projected(rnnStep(x, h, wx, wh, $0), dh) },
            ]
            let points = [x, h, wx, wh, b]
            let extra: [[(answer: Tensor, explanation: String)]] = [
                [], [], [(matmul(x, dh * (1 - output * output), transposeA: true).map { -$0 }, "The sign is flipped")],
                [(matmul(output, dh * (1 - output * output), transposeA: true),
                  "That is h_tᵀ da: Wh multiplies the previous state, so ∂L/∂Wh = h_{t−1}ᵀ da")], [],
            ]
            guard result.count == 5 else { part.fail("returned \(result.count) gradients, expected 5"); return }
            for k in 0..<5 {
                let mistakes = wrong.map { ($0.0[k], $0.1) } + extra[k]
                guard part.expectGradient(result[k], of: losses[k], at: points[k], "\(names[k]) for dh [3, 5]",
                                          step: 1e-3, mistakes: mistakes)
                else { return }
            }
        }
    }

    // MARK: - 8.3 backpropagation through time

    /// BPTT with tensors, or with a usual slip: `carry` false drops the gradient that step t + 1
    /// sends back into h_t; `sum` false keeps only the last step's weight gradients (the first
    /// step of the walk back).
    static func bptt(_ dys: [Tensor], _ xs: [Tensor], _ h0: Tensor, _ wx: Tensor, _ wh: Tensor, _ b: Tensor,
                     carry: Bool = true, sum: Bool = true) -> [Tensor] {
        var states = [h0]
        for x in xs { states.append(tanh(matmul(x, wx) + matmul(states.last!, wh) + b)) }
        var (dWx, dWh, db) = (Tensor.zeros(wx.shape), Tensor.zeros(wh.shape), Tensor.zeros(b.shape))
        var dxs = xs.map { Tensor.zeros($0.shape) }
        var fromLater = Tensor.zeros(h0.shape)
        for t in stride(from: xs.count - 1, through: 0, by: -1) {
            let da = (dys[t] + (carry ? fromLater : .zeros(h0.shape))) * (1 - states[t + 1] * states[t + 1])
            dxs[t] = matmul(da, wx, transposeB: true)
            fromLater = matmul(da, wh, transposeB: true)
            if sum || t == xs.count - 1 {
                dWx += matmul(xs[t], da, transposeA: true)
                dWh += matmul(states[t], da, transposeA: true)
                db += da.sum(alongAxis: 0)
            }
        }
        return dxs + [fromLater, dWx, dWh, db]
    }

    /// Σ_t R_t ⊙ h_t in double precision.
    static func sequenceLoss(_ xs: [Tensor], _ h0: Tensor, _ wx: Tensor, _ wh: Tensor, _ b: Tensor, _ rs: [Tensor]) -> Double {
        var state = h0.scalars.map(Double.init), total = 0.0
        for (x, r) in zip(xs, rs) {
            state = rnnStep(x, state, wx, wh, b)
            total += projected(state, r)
        }
        return total
    }

    static func backpropagationThroughTime() throws {
        let part = Part(id: "8.3", function: "rnnBackwardThroughTime(outputGradients:inputs:initialHidden:...)", file: file)
        for (index, T) in [4, 6].enumerated() {
            var generator = SeededGenerator(seed: UInt64(830 + index))
            let (_, h0, wx, wh, b) = rnnProblem(UInt64(835 + index))
            let xs = (0..<T).map { _ in Tensor.normal([3, 4], using: &generator) }
            let dys = (0..<T).map { _ in Tensor.normal([3, 5], using: &generator) }
            let result = try part.learner { () -> [Tensor] in
                let r = RecurrentExercise.rnnBackwardThroughTime(outputGradients: dys, inputs: xs, initialHidden: h0,
                                                                 inputWeight: wx, recurrentWeight: wh, bias: b)
                return r.inputs + [r.initialHidden, r.inputWeight, r.recurrentWeight, r.bias]
            }
            if try part.isNotImplemented() { return }
            guard result.count == T + 4 else {
                part.fail("returned \(result.count - 4) input gradients for a sequence of \(T) steps")
                return
            }
            let noCarry = bptt(dys, xs, h0, wx, wh, b, carry: false), lastOnly = bptt(dys, xs, h0, wx, wh, b, sum: false)
            let carryMistake = "The gradient coming back from step t + 1 is missing: h_t reaches the loss through its "
                + "own output and through h_{t+1}, so dh_t = outputGradients[t] + what step t + 1 sends back"
            let sumMistake = "Only the last step's contribution is there: Wx, Wh and b are used at every step, so their "
                + "gradients are sums over all \(T) steps"
            // Only the weights' gradients are sums over the steps.
            func mistakes(_ k: Int) -> [(answer: Tensor, explanation: String)] {
                [(noCarry[k], carryMistake)] + (k > T ? [(lastOnly[k], sumMistake)] : [])
            }
            let what = "for a sequence of \(T) steps, n = 3"
            // Each weight and h_0 against central differences of Σ_t R_t ⊙ h_t, then every ∂L/∂x_t.
            let checks: [(k: Int, name: String, point: Tensor, loss: (Tensor) -> Double)] = [
                (T + 1, "∂L/∂Wx", wx, { sequenceLoss(xs, h0, $0, wh, b, dys) }),
                (T + 2, "∂L/∂Wh", wh, { sequenceLoss(xs, h0, wx, $0, b, dys) }),
                (T + 3, "∂L/∂b", b, { sequenceLoss(xs, h0, wx, wh, $0, dys) }),
                (T, "∂L/∂h_0", h0, { sequenceLoss(xs, $0, wx, wh, b, dys) }),
            ] + (0..<T).map { t in
                (t, "∂L/∂x_\(t + 1)", xs[t], { x in
                    var changed = xs
                    changed[t] = x
                    return sequenceLoss(changed, h0, wx, wh, b, dys)
                })
            }
            for check in checks {
                guard part.expectGradient(result[check.k], of: check.loss, at: check.point, "\(check.name) \(what)",
                                          step: 1e-3, mistakes: mistakes(check.k))
                else { return }
            }
        }
    }

    // MARK: - 8.4 clipping

    static func clipping() throws {
        let part = Part(id: "8.4", function: "clipByGlobalNorm(gradients:maxNorm:)", file: file)
        var generator = SeededGenerator(seed: 840)
        let gradients = [Tensor.normal([3, 4], using: &generator), Tensor.normal([4], using: &generator) * 3,
                         Tensor.normal([2, 2, 2], using: &generator)]
        let squares = gradients.reduce(0.0) { $0 + $1.scalars.reduce(0.0) { $0 + Double($1) * Double($1) } }
        let norm = Float(squares.squareRoot())
        for maxNorm in [norm / 4, norm * 2] {
            let (clipped, reported) = try part.learner { RecurrentExercise.clipByGlobalNorm(gradients: gradients, maxNorm: maxNorm) }
            if try part.isNotImplemented() { return }
            let scale = Swift.min(1, maxNorm / norm)
            let what = "for three gradients of global norm \(norm) and maxNorm \(maxNorm)"
            guard part.expectNumber(reported, norm, "the norm returned \(what)",
                                    mistakes: [(Swift.min(norm, maxNorm), "That is the norm after clipping: return ‖g‖ as it was "
                                                + "before, so that training can report how large the gradient was"),
                                               (Float(squares), "That is ‖g‖², the sum of squares: take its square root")])
            else { return }
            guard clipped.count == gradients.count else {
                part.fail("returned \(clipped.count) gradients for \(gradients.count)")
                return
            }
            for (k, gradient) in gradients.enumerated() {
                let own = gradient.scalars.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
                let mistakes: [(answer: Tensor, explanation: String)] = [
                    (gradient * Swift.min(1, maxNorm / Float(own)), "Each tensor is clipped by its own norm: one norm over all "
                        + "the tensors together, so that every gradient is scaled by the same factor and the step keeps its direction"),
                    (gradient * (maxNorm / norm), "The gradients are scaled even though ‖g‖ = \(norm) ≤ maxNorm: clip only when "
                        + "the norm exceeds maxNorm"),
                ]
                guard part.expectTensor(clipped[k], gradient * scale, "gradient \(k) (shape \(gradient.shape)) \(what)",
                                        mistakes: mistakes)
                else { return }
            }
        }
    }

    // MARK: - 8.5, 8.6 the LSTM cell

    /// An LSTM step in double precision: (h_t, c_t, gates f i g o), or with a usual slip.
    enum LSTMSlip { case none, swappedForgetInput, noInputGate, noCellTanh, tanhOutputGate }

    static func lstmStep(_ x: Tensor, _ h: Tensor, _ c: Tensor, _ wx: Tensor, _ wh: Tensor, _ b: Tensor,
                         slip: LSTMSlip = .none) -> (h: [Double], c: [Double], gates: [Double]) {
        let (n, d, k) = (x.shape[0], x.shape[1], h.shape[1])
        var hs = [Double](repeating: 0, count: n * k), cs = hs, gates = [Double](repeating: 0, count: n * 4 * k)
        func sigma(_ v: Double) -> Double { 1 / (1 + Foundation.exp(-v)) }
        for i in 0..<n {
            var z = [Double](repeating: 0, count: 4 * k)
            for j in 0..<(4 * k) {
                var a = Double(b[j])
                for p in 0..<d { a += Double(x[i, p]) * Double(wx[p, j]) }
                for p in 0..<k { a += Double(h[i, p]) * Double(wh[p, j]) }
                z[j] = a
            }
            for j in 0..<k {
                var (f, input) = (sigma(z[j]), sigma(z[k + j]))
                if slip == .swappedForgetInput { (f, input) = (input, f) }
                let g = Foundation.tanh(z[2 * k + j])
                let o = slip == .tanhOutputGate ? Foundation.tanh(z[3 * k + j]) : sigma(z[3 * k + j])
                let cell = f * Double(c[i, j]) + (slip == .noInputGate ? 1 : input) * g
                cs[i * k + j] = cell
                hs[i * k + j] = o * (slip == .noCellTanh ? cell : Foundation.tanh(cell))
                for (q, value) in [f, input, g, o].enumerated() { gates[i * 4 * k + q * k + j] = value }
            }
        }
        return (hs, cs, gates)
    }

    static func lstmProblem(_ seed: UInt64, n: Int = 3, d: Int = 4, h: Int = 5)
        -> (x: Tensor, h: Tensor, c: Tensor, wx: Tensor, wh: Tensor, b: Tensor) {
        var generator = SeededGenerator(seed: seed)
        return (.normal([n, d], using: &generator), .normal([n, h], standardDeviation: 0.5, using: &generator),
                .normal([n, h], using: &generator), .normal([d, 4 * h], standardDeviation: 0.5, using: &generator),
                .normal([h, 4 * h], standardDeviation: 0.5, using: &generator),
                .normal([4 * h], standardDeviation: 0.5, using: &generator))
    }

    static func lstmCellForward() throws {
        let part = Part(id: "8.5", function: "lstmCellForward(input:hidden:cell:inputWeight:recurrentWeight:bias:)", file: file)
        for (index, size) in [(n: 3, d: 4, h: 5), (n: 2, d: 3, h: 8)].enumerated() {
            let (x, h, c, wx, wh, b) = lstmProblem(UInt64(850 + index), n: size.n, d: size.d, h: size.h)
            let (hidden, cell, gates) = try part.learner {
                RecurrentExercise.lstmCellForward(input: x, hidden: h, cell: c, inputWeight: wx, recurrentWeight: wh, bias: b)
            }
            if try part.isNotImplemented() { return }
            let shape = [size.n, size.h], what = "for x \(x.shape), h and c \(h.shape)"
            let expected = lstmStep(x, h, c, wx, wh, b)
            func wrong(_ slip: LSTMSlip) -> (h: Tensor, c: Tensor, gates: Tensor) {
                let r = lstmStep(x, h, c, wx, wh, b, slip: slip)
                return (tensor(r.h, shape), tensor(r.c, shape), tensor(r.gates, [size.n, 4 * size.h]))
            }
            let slips: [(LSTMSlip, String)] = [
                (.swappedForgetInput, "The forget and input gates are swapped: the columns of Wx, Wh and b are in the "
                    + "order f, i, g, o, so gate(z, 0) is the forget gate"),
                (.noInputGate, "The input gate is missing: c_t = f ⊙ c_{t−1} + i ⊙ g"),
                (.noCellTanh, "tanh of the cell is missing: h_t = o ⊙ tanh(c_t)"),
                (.tanhOutputGate, "The output gate went through tanh: o = σ(z_o), like f and i; only the candidate g uses tanh"),
            ]
            let answers = slips.map { (wrong($0.0), $0.1) }
            guard part.expectTensor(gates, tensor(expected.gates, [size.n, 4 * size.h]), "the gates (f, i, g, o) \(what)",
                                    mistakes: answers.map { ($0.0.gates, $0.1) }),
                  part.expectTensor(cell, tensor(expected.c, shape), "c_t \(what)", mistakes: answers.map { ($0.0.c, $0.1) }),
                  part.expectTensor(hidden, tensor(expected.h, shape), "h_t \(what)", mistakes: answers.map { ($0.0.h, $0.1) })
            else { return }
        }
        // From a zero state, the engine's LSTM layer agrees: its first step is the same cell.
        let (x, _, _, _, _, _) = lstmProblem(857)
        var generator = SeededGenerator(seed: 858)
        let layer = LSTM(inputSize: 4, hiddenSize: 5, using: &generator)
        let (hidden, _, _) = try part.learner {
            RecurrentExercise.lstmCellForward(input: x, hidden: .zeros([3, 5]), cell: .zeros([3, 5]),
                                              inputWeight: layer.inputWeight.value, recurrentWeight: layer.recurrentWeight.value,
                                              bias: layer.bias.value)
        }
        part.expectTensor(hidden, layer.forward(x.reshaped([1, 3, 4])).reshaped([3, 5]),
                          "h_t from zero states, against the engine's LSTM layer (forget gate's bias 1)")
    }

    /// The gradients of one LSTM step with tensors, or with a usual slip.
    enum BackwardSlip { case none, noCellTanhDerivative, noCellFromLater, cellNotThroughForget, sigmoidAsTanh }

    static func lstmBackward(_ dh: Tensor, _ dcNext: Tensor, _ x: Tensor, _ h: Tensor, _ c: Tensor, _ wx: Tensor,
                             _ wh: Tensor, _ b: Tensor, slip: BackwardSlip = .none) -> [Tensor] {
        let k = h.shape[1]
        let step = lstmStep(x, h, c, wx, wh, b)
        let gates = tensor(step.gates, [x.shape[0], 4 * k]), newCell = tensor(step.c, h.shape)
        let f = RecurrentExercise.gate(gates, 0), i = RecurrentExercise.gate(gates, 1)
        let g = RecurrentExercise.gate(gates, 2), o = RecurrentExercise.gate(gates, 3)
        let tc = tanh(newCell)
        let later = slip == .noCellFromLater ? Tensor.zeros(dcNext.shape) : dcNext
        let dc = later + dh * o * (slip == .noCellTanhDerivative ? Tensor.ones(tc.shape) : 1 - tc * tc)
        func sigmoidDerivative(_ s: Tensor) -> Tensor { slip == .sigmoidAsTanh ? 1 - s * s : s * (1 - s) }
        let dz = RecurrentExercise.joinGates(dc * c * sigmoidDerivative(f), dc * g * sigmoidDerivative(i), dc * i * (1 - g * g),
                                             dh * tc * sigmoidDerivative(o))
        return [matmul(dz, wx, transposeB: true), matmul(dz, wh, transposeB: true), slip == .cellNotThroughForget ? dc : dc * f,
                matmul(x, dz, transposeA: true), matmul(h, dz, transposeA: true), dz.sum(alongAxis: 0)]
    }

    static func lstmCellBackward() throws {
        let part = Part(id: "8.6", function: "lstmCellBackward(hiddenGradient:cellGradient:input:hidden:cell:...)", file: file)
        for index in 0..<2 {
            let (x, h, c, wx, wh, b) = lstmProblem(UInt64(860 + index))
            var generator = SeededGenerator(seed: UInt64(865 + index))
            let dh = Tensor.normal([3, 5], using: &generator), dcNext = Tensor.normal([3, 5], using: &generator)
            let step = lstmStep(x, h, c, wx, wh, b)
            let gates = tensor(step.gates, [3, 20]), newCell = tensor(step.c, [3, 5])
            let result = try part.learner { () -> [Tensor] in
                let r = RecurrentExercise.lstmCellBackward(hiddenGradient: dh, cellGradient: dcNext, input: x, hidden: h,
                                                           cell: c, gates: gates, newCell: newCell, inputWeight: wx,
                                                           recurrentWeight: wh)
                return [r.input, r.hidden, r.cell, r.inputWeight, r.recurrentWeight, r.bias]
            }
            if try part.isNotImplemented() { return }
            guard result.count == 6 else { part.fail("returned \(result.count) gradients, expected 6"); return }
            let slips: [(BackwardSlip, String)] = [
                (.noCellTanhDerivative, "The tanh′ of the cell in the output path is missing: h_t = o ⊙ tanh(c_t), so c_t's "
                    + "gradient from h_t is dh ⊙ o ⊙ (1 − tanh²(c_t))"),
                (.noCellFromLater, "The gradient reaching c_t from step t + 1 (cellGradient) is missing: c_t reaches the loss "
                    + "through h_t and through c_{t+1}, and the two add up"),
                (.cellNotThroughForget, "∂L/∂c_{t−1} is dc_t itself: c_t = f ⊙ c_{t−1} + i ⊙ g, so it is dc_t ⊙ f"),
                (.sigmoidAsTanh, "σ′ is written as 1 − σ², tanh's derivative: σ′ = σ(1 − σ)"),
            ]
            let wrong = slips.map { (lstmBackward(dh, dcNext, x, h, c, wx, wh, b, slip: $0.0), $0.1) }
            // L = Σ dh ⊙ h_t + Σ dc_next ⊙ c_t: the loss whose gradients these are.
            func loss(_ x: Tensor, _ h: Tensor, _ c: Tensor, _ wx: Tensor, _ wh: Tensor, _ b: Tensor) -> Double {
                let r = lstmStep(x, h, c, wx, wh, b)
                return projected(r.h, dh) + projected(r.c, dcNext)
            }
            let checks: [(name: String, point: Tensor, loss: (Tensor) -> Double)] = [
                ("∂L/∂x_t", x, { loss($0, h, c, wx, wh, b) }), ("∂L/∂h_{t−1}", h, { loss(x, $0, c, wx, wh, b) }),
                ("∂L/∂c_{t−1}", c, { loss(x, h, $0, wx, wh, b) }), ("∂L/∂Wx", wx, { loss(x, h, c, $0, wh, b) }),
                ("∂L/∂Wh", wh, { loss(x, h, c, wx, $0, b) }), ("∂L/∂b", b, { loss(x, h, c, wx, wh, $0) }),
            ]
            for (k, check) in checks.enumerated() {
                guard part.expectGradient(result[k], of: check.loss, at: check.point, "\(check.name) for n = 3, h = 5",
                                          step: 1e-3, mistakes: wrong.map { ($0.0[k], $0.1) })
                else { return }
            }
        }
    }
}
