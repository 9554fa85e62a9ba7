import Perceptron
import PerceptronExercises
import Testing

@Suite("Exercise 1: the perceptron and the delta rule")
struct Exercise1 {
    @Test("1.1 predict one label") func predict() async { await checkPart("1.1") }
    @Test("1.2 the perceptron rule") func perceptronRule() async { await checkPart("1.2") }
    @Test("1.3 the delta rule") func deltaRule() async { await checkPart("1.3") }
    @Test("1.4 one training epoch") func epoch() async { await checkPart("1.4") }
}

/// The checks of exercise 1, run in a child process by `checkPart`.
enum PerceptronChecks {
    static let file = "exercises/01-perceptron/PerceptronExercise.swift"

    static func predict() throws {
        let part = Part(id: "1.1", function: "predict(weights:bias:input:)", file: file)
        var generator = SeededGenerator(seed: 101)
        for _ in 0..<50 {
            let w = Tensor.normal([3], using: &generator), x = Tensor.normal([3], using: &generator)
            let b = generator.normal()
            let label = try part.learner { PerceptronExercise.predict(weights: w, bias: b, input: x) }
            if try part.isNotImplemented() { return }
            let expected = PerceptronClassifier(weights: w, bias: b).predict(x)
            guard label == expected else {
                part.fail("for w = \(w), b = \(b), x = \(x) the score w · x + b is \(dot(w, x) + b), so the label is "
                          + "\(expected), but predict returned \(label)"
                          + (label == 0 ? ". Labels in this chapter are −1 and +1, not 0 and 1" : ""))
                return
            }
        }
        // On the boundary the score is exactly 0, which counts as +1.
        let boundary = try part.learner { PerceptronExercise.predict(weights: Tensor([1, -1]), bias: 0, input: Tensor([2, 2])) }
        if boundary != 1 {
            part.fail("a score of exactly 0 (w = [1, -1], b = 0, x = [2, 2]) must give +1 (ŷ = +1 when w · x + b ≥ 0), got \(boundary)")
        }
    }

    static func perceptronRule() throws {
        let part = Part(id: "1.2", function: "perceptronUpdate(weights:bias:input:label:learningRate:)", file: file)
        var generator = SeededGenerator(seed: 102)
        var sawMistake = false, sawCorrect = false
        for trial in 0..<40 {
            let w = Tensor.normal([4], using: &generator), x = Tensor.normal([4], using: &generator)
            let b = generator.normal(), y: Float = trial % 2 == 0 ? 1 : -1, eta: Float = 0.5
            let (newWeights, newBias) = try part.learner {
                PerceptronExercise.perceptronUpdate(weights: w, bias: b, input: x, label: y, learningRate: eta)
            }
            if try part.isNotImplemented() { return }
            var reference = PerceptronClassifier(weights: w, bias: b)
            let mistake = reference.update(x, label: y, learningRate: eta)
            let case_ = mistake ? "a misclassified example (y = \(y), score \(dot(w, x) + b))"
                                : "a correctly classified example (y = \(y), score \(dot(w, x) + b))"
            guard part.expectTensor(newWeights, reference.weights, "the weights after \(case_)"),
                  part.expectNumber(newBias, reference.bias, "the bias after \(case_)") else { return }
            if mistake && !sawMistake {
                // On a mistake the rule is a gradient step on the perceptron loss −y (w · x + b).
                let step = (w - newWeights) / eta
                guard part.expectGradient(step, of: { v in -y * (dot(v, x) + b) }, at: w,
                                          "the step (w − w_new)/η, the gradient of the perceptron loss −y(w·x + b)")
                else { return }
            }
            sawMistake = sawMistake || mistake
            sawCorrect = sawCorrect || !mistake
        }
        #expect(sawMistake && sawCorrect, "the check should cover both a mistake and a correct prediction")
    }

    static func deltaRule() throws {
        let part = Part(id: "1.3", function: "deltaRuleUpdate(weights:bias:input:target:learningRate:)", file: file)
        var generator = SeededGenerator(seed: 103)
        for _ in 0..<20 {
            let w = Tensor.normal([3], using: &generator), x = Tensor.normal([3], using: &generator)
            let b = generator.normal(), y = generator.normal(mean: 0, standardDeviation: 2), eta: Float = 0.1
            let (newWeights, newBias) = try part.learner {
                PerceptronExercise.deltaRuleUpdate(weights: w, bias: b, input: x, target: y, learningRate: eta)
            }
            if try part.isNotImplemented() { return }
            // The delta rule is gradient descent on E = ½ e², e = y − (w · x + b): the steps
            // (w − w_new)/η and (b − b_new)/η must be ∂E/∂w and ∂E/∂b, checked by finite differences.
            let thresholded: Float = dot(w, x) + b >= 0 ? 1 : -1
            let perceptronError = "That is the step of the error y − sign(w · x + b), the perceptron's: the delta rule "
                + "differentiates E through the linear output o = w · x + b itself, with no threshold"
            let loss: (Tensor, Float) -> Float = { v, c in 0.5 * (y - dot(v, x) - c) * (y - dot(v, x) - c) }
            guard part.expectGradient((w - newWeights) / eta, of: { loss($0, b) }, at: w,
                                      "the weight step (w − w_new)/η, which should be ∂E/∂w of E = ½ (y − w · x − b)²",
                                      mistakes: [(-(y - thresholded) * x, perceptronError)]),
                  part.expectGradient(Tensor([(b - newBias) / eta]), of: { loss(w, $0.scalar) }, at: Tensor([b]),
                                      "the bias step (b − b_new)/η, which should be ∂E/∂b",
                                      mistakes: [(Tensor([-(y - thresholded)]), perceptronError)])
            else { return }
            var reference = Adaline(weights: w, bias: b)
            reference.deltaUpdate(x, target: y, learningRate: eta)
            guard part.expectTensor(newWeights, reference.weights, "the weights after one step"),
                  part.expectNumber(newBias, reference.bias, "the bias after one step") else { return }
        }
    }

    static func epoch() throws {
        let part = Part(id: "1.4", function: "perceptronEpoch(weights:bias:inputs:labels:learningRate:)", file: file)
        var generator = SeededGenerator(seed: 104)
        let blobs = gaussianBlobs(countPerClass: 15, spread: 0.9, using: &generator)
        var weights = Tensor.normal([2], using: &generator), bias: Float = 0
        var reference = PerceptronClassifier(weights: weights, bias: bias)
        for epoch in 1...3 {
            let (newWeights, newBias, learnerMistakes) = try part.learner {
                PerceptronExercise.perceptronEpoch(weights: weights, bias: bias, inputs: blobs.inputs,
                                                   labels: blobs.labels, learningRate: 0.3)
            }
            if try part.isNotImplemented() { return }
            let mistakes = reference.trainEpoch(inputs: blobs.inputs, labels: blobs.labels, learningRate: 0.3)
            guard learnerMistakes == mistakes else {
                part.fail("epoch \(epoch) made \(mistakes) mistakes on these 30 points, but perceptronEpoch counted "
                          + "\(learnerMistakes): count a mistake whenever sign(w · x + b) ≠ y, before updating")
                return
            }
            guard part.expectTensor(newWeights, reference.weights, "the weights after epoch \(epoch)"),
                  part.expectNumber(newBias, reference.bias, "the bias after epoch \(epoch)") else { return }
            (weights, bias) = (newWeights, newBias)
        }
    }
}
