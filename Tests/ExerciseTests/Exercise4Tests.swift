import Backpropagation
import BackpropagationExercises
import Foundation
import Testing

@Suite("Exercise 4: backpropagation")
struct Exercise4 {
    @Test("4.1 Linear backward") func linear() async { await checkPart("4.1") }
    @Test("4.2 ReLU backward") func relu() async { await checkPart("4.2") }
    @Test("4.3 sigmoid backward") func sigmoid() async { await checkPart("4.3") }
    @Test("4.4 tanh backward") func tanh() async { await checkPart("4.4") }
    @Test("4.5 backpropagation through two layers") func twoLayers() async { await checkPart("4.5") }
}

/// The checks of exercise 4, run in a child process by `checkPart`.
enum BackpropagationChecks {
    static let file = "exercises/04-backpropagation/BackpropagationExercise.swift"

    /// Σ R ⊙ y in double precision: the scalar whose gradient a backward pass computes
    /// when it is handed dy = R.
    static func projected(_ y: Tensor, _ r: Tensor) -> Double {
        zip(y.scalars, r.scalars).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }

    /// Values at least 0.25 away from 0, where ReLU has its kink.
    static func awayFromZero(_ shape: [Int], using generator: inout SeededGenerator) -> Tensor {
        Tensor.normal(shape, using: &generator).map { $0 >= 0 ? $0 + 0.25 : $0 - 0.25 }
    }

    static func linear() throws {
        let part = Part(id: "4.1", function: "linearBackward(input:weight:outputGradient:)", file: file)
        var generator = SeededGenerator(seed: 401)
        let (n, i, o) = (3, 4, 5)
        let x = Tensor.normal([n, i], using: &generator), w = Tensor.normal([i, o], using: &generator)
        let b = Tensor.normal([o], using: &generator), dy = Tensor.normal([n, o], using: &generator)
        let result: (input: Tensor, weight: Tensor, bias: Tensor) = try part.learner {
            BackpropagationExercise.linearBackward(input: x, weight: w, outputGradient: dy)
        }
        if try part.isNotImplemented() { return }
        let layer = Linear(weight: w, bias: b)
        _ = layer.forward(x)
        let dx = layer.backward(dy)
        guard part.expectTensor(result.input, dx, "∂L/∂x", batchSize: n),
              part.expectTensor(result.weight, layer.weight.gradient, "∂L/∂W", batchSize: n),
              part.expectTensor(result.bias, layer.bias.gradient, "∂L/∂b", batchSize: n) else { return }
        let loss: (Tensor, Tensor, Tensor) -> Double = { x, w, b in projected(matmul(x, w) + b, dy) }
        guard part.expectGradient(result.input, of: { loss($0, w, b) }, at: x, "∂L/∂x"),
              part.expectGradient(result.weight, of: { loss(x, $0, b) }, at: w, "∂L/∂W") else { return }
        part.expectGradient(result.bias, of: { loss(x, w, $0) }, at: b, "∂L/∂b")
    }

    /// Checks an activation's backward against the engine's layer and against finite differences.
    static func activation(_ part: Part, layer: any Layer, usesOutput: Bool,
                           learner: (_ cached: Tensor, _ dy: Tensor) -> Tensor, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let x = awayFromZero([4, 3], using: &generator), dy = Tensor.normal([4, 3], using: &generator)
        let y = layer.forward(x)
        let dx = try part.learner { learner(usesOutput ? y : x, dy) }
        if try part.isNotImplemented() { return }
        guard part.expectTensor(dx, layer.backward(dy), "∂L/∂x") else { return }
        part.expectGradient(dx, of: { projected(layer.forward($0), dy) }, at: x, "∂L/∂x")
    }

    static func relu() throws {
        try activation(Part(id: "4.2", function: "reluBackward(input:outputGradient:)", file: file), layer: ReLU(),
                   usesOutput: false, learner: { BackpropagationExercise.reluBackward(input: $0, outputGradient: $1) },
                   seed: 402)
    }

    static func sigmoid() throws {
        try activation(Part(id: "4.3", function: "sigmoidBackward(output:outputGradient:)", file: file), layer: Sigmoid(),
                   usesOutput: true, learner: { BackpropagationExercise.sigmoidBackward(output: $0, outputGradient: $1) },
                   seed: 403)
    }

    static func tanh() throws {
        try activation(Part(id: "4.4", function: "tanhBackward(output:outputGradient:)", file: file), layer: Tanh(),
                   usesOutput: true, learner: { BackpropagationExercise.tanhBackward(output: $0, outputGradient: $1) },
                   seed: 404)
    }

    static func twoLayers() throws {
        let part = Part(id: "4.5", function: "twoLayerGradients(inputs:labels:weight1:bias1:weight2:bias2:)", file: file)
        var generator = SeededGenerator(seed: 405)
        let (n, d, m, k) = (4, 3, 5, 3)
        let x = Tensor.uniform([n, d], low: -1, high: 1, using: &generator)
        let labels = Tensor([0, 2, 1, 2])
        let w1 = Tensor.normal([d, m], using: &generator), b1 = Tensor.normal([m], standardDeviation: 0.3, using: &generator)
        let w2 = Tensor.normal([m, k], using: &generator), b2 = Tensor.normal([k], standardDeviation: 0.3, using: &generator)
        let result: (weight1: Tensor, bias1: Tensor, weight2: Tensor, bias2: Tensor) = try part.learner {
            BackpropagationExercise.twoLayerGradients(inputs: x, labels: labels, weight1: w1, bias1: b1, weight2: w2, bias2: b2)
        }
        if try part.isNotImplemented() { return }
        // The usual slips of this backward pass, each computed from the forward pass's a, h and G.
        let a = matmul(x, w1) + b1, h = maximum(a, 0)
        let g = crossEntropyGradient(logits: matmul(h, w2) + b2, labels: labels)
        let dh = matmul(g, w2, transposeB: true)
        let noMask = "The gradient went back through the ReLU as if it were not there: h = ReLU(a) passes "
            + "∂L/∂h on only where a > 0"
        let timesH = "∂L/∂h was multiplied by h itself: the ReLU's derivative is [a > 0], a 0 or a 1"
        let firstMistakes: (weight: [(answer: Tensor, explanation: String)], bias: [(answer: Tensor, explanation: String)]) = (
            [(matmul(x, dh, transposeA: true), noMask), (matmul(x, dh * h, transposeA: true), timesH)],
            [(dh.sum(alongAxis: 0), noMask), ((dh * h).sum(alongAxis: 0), timesH)])
        let secondMistakes: [(answer: Tensor, explanation: String)] = [
            (matmul(a, g, transposeA: true), "That is aᵀ G: the second layer's input is h = ReLU(a), not a"),
        ]
        let first = Linear(weight: w1, bias: b1, name: "fc1"), second = Linear(weight: w2, bias: b2, name: "fc2")
        let network = Sequential([first, ReLU(), second])
        network.backward(crossEntropyGradient(logits: network.forward(x), labels: labels))
        guard part.expectTensor(result.weight2, second.weight.gradient, "∂L/∂W₂", batchSize: n, mistakes: secondMistakes),
              part.expectTensor(result.bias2, second.bias.gradient, "∂L/∂b₂", batchSize: n),
              part.expectTensor(result.weight1, first.weight.gradient, "∂L/∂W₁", batchSize: n, mistakes: firstMistakes.weight),
              part.expectTensor(result.bias1, first.bias.gradient, "∂L/∂b₁", batchSize: n, mistakes: firstMistakes.bias)
        else { return }
        // The same network evaluated in double precision, for finite differences.
        func loss(_ w1: Tensor, _ b1: Tensor, _ w2: Tensor, _ b2: Tensor) -> Double {
            var total = 0.0
            for r in 0..<n {
                let hidden = (0..<m).map { j in
                    Swift.max(0, (0..<d).reduce(Double(b1[j])) { $0 + Double(x[r, $1]) * Double(w1[$1, j]) })
                }
                let logits = (0..<k).map { c in (0..<m).reduce(Double(b2[c])) { $0 + hidden[$1] * Double(w2[$1, c]) } }
                let largest = logits.max()!
                total += largest + Foundation.log(logits.map { Foundation.exp($0 - largest) }.reduce(0, +)) - logits[Int(labels[r])]
            }
            return total / Double(n)
        }
        guard part.expectGradient(result.weight1, of: { loss($0, b1, w2, b2) }, at: w1, "∂L/∂W₁", batchSize: n),
              part.expectGradient(result.weight2, of: { loss(w1, b1, $0, b2) }, at: w2, "∂L/∂W₂", batchSize: n)
        else { return }
        part.expectGradient(result.bias1, of: { loss(w1, $0, w2, b2) }, at: b1, "∂L/∂b₁", batchSize: n)
    }
}
