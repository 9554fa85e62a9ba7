import AutomaticDifferentiation
import Foundation
import Testing

/// Chapter 14's tape against derivatives worked by hand and central differences.
@Suite("Automatic differentiation")
struct AutomaticDifferentiationTests {
    @Test("f = (a·b + c)·a by hand: a used twice collects both shares")
    func byHand() {
        let tape = Tape()
        let a = tape.variable(Tensor([2]), name: "a"), b = tape.variable(Tensor([-3]), name: "b")
        let c = tape.variable(Tensor([10]), name: "c")
        let f = (a * b + c) * a
        #expect(f.value.scalars == [8])
        f.backward()
        // ∂f/∂a = (a·b + c) + a·b = 4 − 6; ∂f/∂b = a² = 4; ∂f/∂c = a = 2.
        #expect(a.gradient?.scalars == [-2] && b.gradient?.scalars == [4] && c.gradient?.scalars == [2])
        #expect(f.description == "v6 = ×(v5, v1) [1]")
    }

    @Test("broadcast inputs get their gradients summed back to their own shapes")
    func broadcastReduction() {
        let tape = Tape()
        let x = tape.variable(Tensor([[1, 2, 3], [4, 5, 6]]), name: "x")
        let b = tape.variable(Tensor([10, 20, 30]), name: "b"), s = tape.variable(Tensor(shape: [2, 1], scalars: [2, 3]), name: "s")
        ((x + b) * s).sum().backward()
        // ∂/∂b[j] = Σᵢ s[i] = 5; ∂/∂s[i] = Σⱼ (x + b)[i, j]: 66 and 75; ∂/∂x = s repeated along each row.
        #expect(b.gradient?.scalars == [5, 5, 5])
        #expect(s.gradient?.shape == [2, 1] && s.gradient?.scalars == [66, 75])
        #expect(x.gradient?.scalars == [2, 2, 2, 3, 3, 3])
        #expect(Tensor.ones([4, 2, 3]).summed(toShape: [1, 3]).scalars == [8, 8, 8])
    }

    @Test("the topological order lists each variable after its inputs, only those the output uses, no constants")
    func order() {
        let tape = Tape()
        let x = tape.variable(Tensor([1]), name: "x"), unused = tape.variable(Tensor([5]), name: "unused")
        let data = tape.constant(Tensor([3]))
        let y = exp(x), z = y * x + data * y
        _ = unused * x
        let order = topologicalOrder(from: z)
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { (ObjectIdentifier($1), $0) })
        #expect(order.last === z && order.count == 5, "x, y, y·x, data·y, z: \(order)")
        for variable in order {
            for input in variable.inputs where !input.isConstant {
                #expect(position[ObjectIdentifier(input)]! < position[ObjectIdentifier(variable)]!, "\(input) before \(variable)")
            }
        }
        #expect(!order.contains { $0 === unused || $0 === data })
    }

    /// Every primitive: the tape's gradient of Σ op(inputs) ⊙ R, R fixed, against central differences.
    static let primitives: [(name: String, shapes: [[Int]], positive: Bool, f: @Sendable ([Variable]) -> Variable)] = [
        ("+ broadcast", [[3, 4], [4]], false, { $0[0] + $0[1] }),
        ("− broadcast", [[3, 4], [3, 1]], false, { $0[0] - $0[1] }),
        ("× broadcast", [[2, 3, 4], [3, 1]], false, { $0[0] * $0[1] }),
        ("÷", [[3, 4], [3, 4]], true, { $0[0] / $0[1] }),
        ("matmul", [[3, 4], [4, 2]], false, { matmul($0[0], $0[1]) }),
        ("exp, log, sqrt", [[3, 4]], true, { log(exp($0[0]) + sqrt($0[0])) }),
        ("tanh, σ", [[3, 4]], false, { tanh($0[0]) * sigmoid($0[0]) }),
        ("relu", [[3, 4]], false, { relu($0[0]) }),
        ("sum along an axis, mean", [[2, 3, 4]], false, { $0[0].sum(alongAxis: 1) * $0[0].mean() }),
        ("max along an axis", [[3, 5]], false, { $0[0].max(alongAxis: 1) }),
        ("reshape, transpose", [[3, 4]], false, { matmul($0[0].transposed(), $0[0].reshaped([3, 4])) }),
        ("rows, twice", [[4, 3]], false, { $0[0].rows([2, 0, 2]) }),
        ("picking", [[3, 4]], false, { $0[0].picking(columns: [1, 3, 1]) }),
        ("negate, scalars", [[3, 4]], false, { -($0[0] * 3) + 2 }),
        ("gathering, with repeats and zeros", [[2, 3]], false, { $0[0].gathering([5, -1, 0, 5, 2, 2], shape: [3, 2]) }),
        ("columns, stacked", [[3, 4], [3, 2]], false, { stacked([$0[0].columns(1..<3), $0[1]]) }),
    ]

    @Test("each primitive's backward step agrees with central differences", arguments: primitives.indices)
    func primitive(_ index: Int) {
        let (name, shapes, positive, f) = Self.primitives[index]
        var generator = SeededGenerator(seed: 1400 + UInt64(index))
        let inputs = shapes.map { shape in
            positive ? Tensor.uniform(shape, low: 0.5, high: 2, using: &generator) : Tensor.normal(shape, using: &generator)
        }
        let probe = Tape()
        let weights = Tensor.normal(f(inputs.enumerated().map { probe.variable($1, name: "x\($0)") }).shape, using: &generator)
        func loss(_ values: [Tensor]) -> Variable {
            let tape = Tape()
            let variables = values.enumerated().map { tape.variable($1, name: "x\($0)") }
            return (f(variables) * tape.constant(weights)).sum()
        }
        let tape = Tape()
        let variables = inputs.enumerated().map { tape.variable($1, name: "x\($0)") }
        (f(variables) * tape.constant(weights)).sum().backward()
        for (k, variable) in variables.enumerated() {
            let numerical = numericalGradient(of: { (x: Tensor) -> Float in
                var values = inputs
                values[k] = x
                return loss(values).value.scalar
            }, at: inputs[k], step: 1e-3)
            let comparison = compareGradients(analytic: variable.gradient!, numerical: numerical, floor: 1e-2)
            #expect(comparison.passes(tolerance: 2e-2), "\(name), input \(k): \(comparison)")
        }
    }

    @Test("backward on a non-scalar without a seed, a second backward, and a spent tape stop with what to do")
    func misuse() async throws {
        let nonScalar = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let tape = Tape()
            exp(tape.variable(Tensor([1, 2]), name: "x")).backward()
        })
        #expect(String(decoding: nonScalar.standardErrorContent, as: UTF8.self).contains("has shape [2], not one number: pass seed"))
        let twice = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let tape = Tape()
            let y = exp(tape.variable(Tensor([1]), name: "x"))
            y.backward()
            y.backward()
        })
        #expect(String(decoding: twice.standardErrorContent, as: UTF8.self).contains("this tape was spent by an earlier backward()"))
        let reused = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let tape = Tape()
            let x = tape.variable(Tensor([1]), name: "x")
            exp(x).backward()
            _ = x * x
        })
        #expect(String(decoding: reused.standardErrorContent, as: UTF8.self).contains("×: this tape was spent by backward()"))
    }

    @Test("a seed gives ∂L/∂y for an output that is not a scalar")
    func seeded() {
        let tape = Tape()
        let x = tape.variable(Tensor([1, 2]), name: "x")
        (x * x).backward(seed: Tensor([10, 1]))
        #expect(x.gradient?.scalars == [20, 4])
    }

    @Test("each hand-derived layer and loss of chapters 03-13 gives the tape's outputs and gradients",
          arguments: AgreementCase.all.indices)
    func agreement(_ index: Int) {
        let agreementCase = AgreementCase.all[index]
        #expect(agreementCase.largestDifference(seed: 1410) < 1e-4, "\(agreementCase.name)")
    }

    @Test("chapter 04's MLP: the tape's gradients are the hand-derived ones, and it holds every intermediate value")
    func mlpByTape() {
        var generator = SeededGenerator(seed: 1412)
        let network = Sequential([Linear(6, 5, using: &generator), ReLU(), Linear(5, 4, using: &generator), Tanh(),
                                  Linear(4, 3, using: &generator)])
        let x = Tensor.normal([7, 6], using: &generator), labels = [0, 2, 1, 1, 0, 2, 2]
        let (loss, gradient) = softmaxCrossEntropy(logits: network.forward(x), labels: Tensor(labels.map(Float.init)))
        network.backwardParametersOnly(gradient)
        let handDerived = network.parameters.map(\.gradient)
        let (tapeLoss, held) = network.tapeLossAndGradients(inputs: x, labels: labels)
        #expect(Swift.abs(tapeLoss - loss) < 1e-6)
        for (parameter, hand) in zip(network.parameters, handDerived) {
            #expect(ConvolutionTests.difference(parameter.gradient, hand) < 1e-5, "\(parameter.name)")
        }
        // Recorded: the inputs 42, six parameters 30 + 5 + 20 + 4 + 12 + 3, and per layer its output
        // (35 + 35 for x W and + b, 35 ReLU, 28 + 28, 28 tanh, 21 + 21); then the loss: the rows'
        // maxima 7, shifted 21, exp 21, row sums 7, log 7, reshaped 7, log-softmax 21, picked 7,
        // mean 1, negated 1.
        #expect(held == 42 + 74 + 35 * 3 + 28 * 3 + 21 * 2 + (7 + 21 + 21 + 7 + 7 + 7 + 21 + 7 + 1 + 1))
        let tape = Tape()
        let a = tape.variable(Tensor([1, 2]), name: "a")
        #expect(graphDescription(of: (exp(a) * a).sum()) == "v1 = a [2]\nv2 = exp(v1) [2]\nv3 = ×(v2, v1) [2]\nv4 = sum(v3) []")
    }

    @Test("chapter 08's sequence model, LSTM or RNN: the tape's loss and gradients are the hand-derived ones, steps without targets left out",
          arguments: ["LSTM", "RNN"])
    func sequenceModelByTape(_ kind: String) {
        var generator = SeededGenerator(seed: 1413)
        let model = SequenceModel(vocabulary: 6, embedding: 3, classes: 6, using: &generator) { size, generator in
            kind == "LSTM" ? LSTM(inputSize: size, hiddenSize: 4, using: &generator) as any RecurrentLayer
                : RNN(inputSize: size, hiddenSize: 4, using: &generator)
        }
        let tokens = Tensor(shape: [5, 2], scalars: [0, 1, 2, 3, 4, 5, 1, 1, 0, 2])
        let targets = Tensor(shape: [5, 2], scalars: [1, 2, -1, 4, 5, 0, 1, -1, 2, 3])
        let (loss, gradient) = sequenceCrossEntropy(logits: model.forward(tokens), targets: targets)
        model.backward(gradient)
        let handDerived = model.parameters.map(\.gradient)
        let (tapeLoss, _) = model.tapeLossAndGradients(tokens: tokens, targets: targets)
        #expect(Swift.abs(tapeLoss - loss) < 1e-6)
        for (parameter, hand) in zip(model.parameters, handDerived) {
            #expect(ConvolutionTests.difference(parameter.gradient, hand) < 1e-5, "\(kind) \(parameter.name)")
        }
    }
}
