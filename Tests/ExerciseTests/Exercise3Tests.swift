import Classification
import ClassificationExercises
import Foundation
import Testing

@Suite("Exercise 3: softmax and cross-entropy")
struct Exercise3 {
    @Test("3.1 stable softmax") func softmax() async { await checkPart("3.1") }
    @Test("3.2 cross-entropy loss") func crossEntropy() async { await checkPart("3.2") }
    @Test("3.3 gradient with respect to the logits") func logitGradient() async { await checkPart("3.3") }
    @Test("3.4 accuracy") func accuracy() async { await checkPart("3.4") }
    @Test("3.5 gradient of softmax regression") func regressionGradient() async { await checkPart("3.5") }
}

/// The checks of exercise 3, run in a child process by `checkPart`.
enum ClassificationChecks {
    static let file = "exercises/03-classification/ClassificationExercise.swift"

    /// Logits whose probabilities are all well away from 0 and 1, and labels for them.
    static func problem(seed: UInt64, rows n: Int = 3, classes k: Int = 4) -> (logits: Tensor, labels: Tensor) {
        var generator = SeededGenerator(seed: seed)
        let logits = Tensor.normal([n, k], standardDeviation: 0.8, using: &generator)
        let labels = Tensor((0..<n).map { _ in Float(generator.nextInt(below: k)) })
        return (logits, labels)
    }

    /// The mean cross-entropy in double precision: the reference for finite differences.
    static func referenceCrossEntropy(_ logits: Tensor, _ labels: Tensor) -> Double {
        let (n, k) = (logits.shape[0], logits.shape[1])
        var total = 0.0
        for i in 0..<n {
            let row = (0..<k).map { Double(logits[i, $0]) }
            let largest = row.max()!
            total += largest + Foundation.log(row.map { Foundation.exp($0 - largest) }.reduce(0, +)) - row[Int(labels[i])]
        }
        return total / Double(n)
    }

    static func softmax() throws {
        let part = Part(id: "3.1", function: "softmax(_:)", file: file)
        let (logits, _) = problem(seed: 301, rows: 5, classes: 6)
        let probabilities = try part.learner { ClassificationExercise.softmax(logits) }
        if try part.isNotImplemented() { return }
        guard part.expectTensor(probabilities, Classification.softmax(logits), "the probabilities of 5 rows of 6 logits",
                                tolerance: 1e-5) else { return }
        let large = Tensor([[1000, 1001, 1002], [-1000, -1001, -1002]])
        let stable = try part.learner { ClassificationExercise.softmax(large) }
        guard stable.isFinite else {
            part.fail("for logits near ±1000 it returned \(stable): e^1000 overflows Float. "
                      + "Subtract each row's maximum before exp; the result does not change, and nothing overflows")
            return
        }
        part.expectTensor(stable, Classification.softmax(large), "the probabilities of logits near ±1000", tolerance: 1e-5)
    }

    static func crossEntropy() throws {
        let part = Part(id: "3.2", function: "crossEntropy(logits:labels:)", file: file)
        for seed: UInt64 in [302, 303] {
            let (logits, labels) = problem(seed: seed, rows: 7, classes: 5)
            let loss = try part.learner { ClassificationExercise.crossEntropy(logits: logits, labels: labels) }
            if try part.isNotImplemented() { return }
            guard part.expectNumber(loss, Float(referenceCrossEntropy(logits, labels)), "the loss of 7 rows",
                                    tolerance: 1e-5, batchSize: 7) else { return }
        }
        let large = Tensor([[1000, 0, -1000], [0, 500, 1000]])
        let loss = try part.learner { ClassificationExercise.crossEntropy(logits: large, labels: Tensor([0, 1])) }
        guard loss.isFinite else {
            part.fail("for logits of size 1000 it returned \(loss): compute log Σ e^z with the row maximum taken out "
                      + "(m + log Σ e^{z − m}) instead of the log of a softmax that underflows to 0")
            return
        }
        part.expectNumber(loss, Float(referenceCrossEntropy(large, Tensor([0, 1]))),
                          "the loss of logits of size 1000 (exactly 250)", tolerance: 1e-5)
    }

    static func logitGradient() throws {
        let part = Part(id: "3.3", function: "crossEntropyGradient(logits:labels:)", file: file)
        let (logits, labels) = problem(seed: 304)
        let gradient = try part.learner { ClassificationExercise.crossEntropyGradient(logits: logits, labels: labels) }
        if try part.isNotImplemented() { return }
        // The usual slips in the derivation, each computed from the probabilities P and the one-hot Y.
        let (n, k) = (logits.shape[0], logits.shape[1])
        let p = Classification.softmax(logits)
        var oneHot = Tensor.zeros([n, k])
        for i in 0..<n { oneHot[i, Int(labels[i])] = 1 }
        let mistakes: [(answer: Tensor, explanation: String)] = [
            (p / Float(n), "That is P/n: the −1 at each row's label is missing, the derivative of the "
                + "−zᵢ,yᵢ in −log pᵢ,yᵢ = log Σₗ e^{zᵢₗ} − zᵢ,yᵢ"),
            ((p - oneHot) / Float(n) * oneHot, "Only the label's column has a gradient: every logit zᵢⱼ changes "
                + "pᵢ,yᵢ through the softmax's denominator, so every column of row i gets one"),
            (p * (1 - p) / Float(n), "That is P ⊙ (1 − P)/n, the diagonal of the softmax's Jacobian: L depends on "
                + "each row through −log pᵢ,yᵢ, whose derivative brings a 1/pᵢ,yᵢ and the off-diagonal terms"),
        ]
        guard part.expectGradient(gradient, of: { referenceCrossEntropy($0, labels) }, at: logits, "∂L/∂Z",
                                  batchSize: n, mistakes: mistakes) else { return }
        part.expectTensor(gradient, Classification.crossEntropyGradient(logits: logits, labels: labels), "∂L/∂Z",
                          batchSize: n, mistakes: mistakes)
    }

    static func accuracy() throws {
        let part = Part(id: "3.4", function: "accuracy(scores:labels:)", file: file)
        var generator = SeededGenerator(seed: 305)
        for n in [1, 8, 50] {
            let scores = Tensor.normal([n, 4], using: &generator)
            let labels = Tensor((0..<n).map { _ in Float(generator.nextInt(below: 4)) })
            let value = try part.learner { ClassificationExercise.accuracy(scores: scores, labels: labels) }
            if try part.isNotImplemented() { return }
            guard part.expectNumber(value, Classification.accuracy(scores: scores, labels: labels),
                                    "the accuracy of \(n) rows", tolerance: 1e-6, batchSize: n) else { return }
        }
        let perfect = try part.learner { ClassificationExercise.accuracy(scores: Tensor([[0, 9], [9, 0]]), labels: Tensor([1, 0])) }
        part.expectNumber(perfect, 1, "the accuracy of two rows both predicted right")
    }

    static func regressionGradient() throws {
        let part = Part(id: "3.5", function: "softmaxRegressionGradient(inputs:labels:weights:bias:)", file: file)
        var generator = SeededGenerator(seed: 306)
        let (n, d, k) = (4, 3, 5)
        let inputs = Tensor.uniform([n, d], low: -1, high: 1, using: &generator)
        let weights = Tensor.normal([d, k], standardDeviation: 0.5, using: &generator)
        let bias = Tensor.normal([k], standardDeviation: 0.5, using: &generator)
        let labels = Tensor((0..<n).map { _ in Float(generator.nextInt(below: k)) })
        let gradient: (weights: Tensor, bias: Tensor) = try part.learner {
            ClassificationExercise.softmaxRegressionGradient(inputs: inputs, labels: labels, weights: weights, bias: bias)
        }
        if try part.isNotImplemented() { return }
        let expected = SoftmaxRegression(weights: weights, bias: bias)
            .lossAndGradient(inputs: inputs, labels: labels, weightDecay: 0).gradient
        guard part.expectTensor(gradient.weights, expected.weights, "∂L/∂W", batchSize: n),
              part.expectTensor(gradient.bias, expected.bias, "∂L/∂b", batchSize: n) else { return }
        let loss: (Tensor, Tensor) -> Double = { w, b in referenceCrossEntropy(matmul(inputs, w) + b, labels) }
        guard part.expectGradient(gradient.weights, of: { loss($0, bias) }, at: weights, "∂L/∂W", batchSize: n)
        else { return }
        part.expectGradient(gradient.bias, of: { loss(weights, $0) }, at: bias, "∂L/∂b", batchSize: n)
    }
}
