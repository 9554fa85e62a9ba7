// `--mine`: chapter 01's training with your exercise 1 code: your predict (1.1) and
// perceptron rule (1.2) on the logic gates, your epoch (1.4) on the blobs, your delta rule
// (1.3) for ADALINE, and your predict for the accuracy reported.
import ExerciseSupport
import Perceptron
import PerceptronExercises

/// The exercise parts chapter 01's `--mine` runs.
let yourParts = YourParts(exercise: 1, parts: [("1.1", "predict one label"), ("1.2", "the perceptron rule"),
                                               ("1.3", "the delta rule"), ("1.4", "one training epoch")],
                          file: "exercises/01-perceptron/PerceptronExercise.swift")

/// The learning rules the demo trains with: the engine's, or with `mine` yours.
struct Rules {
    let mine: Bool

    /// Stops before any work when one of your parts is still a stub.
    func requireYourParts() throws {
        guard mine else { return }
        try yourParts.requireImplemented(chapter: "chapter01") {
            let w = Tensor([1, -1]), x = Tensor([0.5, 2])
            _ = PerceptronExercise.predict(weights: w, bias: 0, input: x)
            _ = PerceptronExercise.perceptronUpdate(weights: w, bias: 0, input: x, label: 1, learningRate: 1)
            _ = PerceptronExercise.deltaRuleUpdate(weights: w, bias: 0, input: x, target: 1, learningRate: 0.1)
            _ = PerceptronExercise.perceptronEpoch(weights: w, bias: 0, inputs: Tensor([[0.5, 2]]), labels: Tensor([1]),
                                                   learningRate: 1)
        }
    }

    /// One epoch of the perceptron rule over the rows in order, applied example by example
    /// (your 1.1 to count a mistake, your 1.2 to update): the number of mistakes.
    func epochByExample(_ perceptron: inout PerceptronClassifier, inputs: Tensor, labels: Tensor) -> Int {
        guard mine else { return perceptron.trainEpoch(inputs: inputs, labels: labels) }
        var mistakes = 0
        for i in 0..<inputs.shape[0] {
            let (x, y) = (inputs.row(i), labels[i])
            if PerceptronExercise.predict(weights: perceptron.weights, bias: perceptron.bias, input: x) != y { mistakes += 1 }
            (perceptron.weights, perceptron.bias) = PerceptronExercise.perceptronUpdate(
                weights: perceptron.weights, bias: perceptron.bias, input: x, label: y, learningRate: 1)
        }
        return mistakes
    }

    /// One epoch of the perceptron rule over the rows taken in `order` (your 1.4).
    func epoch(_ perceptron: inout PerceptronClassifier, inputs: Tensor, labels: Tensor, learningRate: Float,
               order: [Int]) -> Int {
        guard mine else { return perceptron.trainEpoch(inputs: inputs, labels: labels, learningRate: learningRate, order: order) }
        let result = PerceptronExercise.perceptronEpoch(weights: perceptron.weights, bias: perceptron.bias,
                                                        inputs: inputs.rows(order), labels: labels.rows(order),
                                                        learningRate: learningRate)
        (perceptron.weights, perceptron.bias) = (result.weights, result.bias)
        return result.mistakes
    }

    /// One epoch of the delta rule over the rows taken in `order` (your 1.3, example by example).
    func adalineEpoch(_ adaline: inout Adaline, inputs: Tensor, targets: Tensor, learningRate: Float, order: [Int]) {
        guard mine else {
            adaline.trainEpoch(inputs: inputs, targets: targets, learningRate: learningRate, order: order)
            return
        }
        for i in order {
            (adaline.weights, adaline.bias) = PerceptronExercise.deltaRuleUpdate(
                weights: adaline.weights, bias: adaline.bias, input: inputs.row(i), target: targets[i],
                learningRate: learningRate)
        }
    }

    /// The label of `x` under `weights` and `bias` (your 1.1).
    func predict(weights: Tensor, bias: Float, _ x: Tensor) -> Float {
        mine ? PerceptronExercise.predict(weights: weights, bias: bias, input: x) : (dot(weights, x) + bias >= 0 ? 1 : -1)
    }
}
