// `--mine`: softmax regression trained on your exercise 3 code. The scores are the
// engine's (X W + b); the loss, its gradient, and the accuracy reported are yours.
import Classification
import ClassificationExercises
import ExerciseSupport

/// The exercise parts chapter 03's `--mine` runs.
let yourParts = YourParts(exercise: 3, parts: [("3.1", "stable softmax"), ("3.2", "cross-entropy"),
                                               ("3.3", "gradient with respect to the logits"), ("3.4", "accuracy"),
                                               ("3.5", "gradient of softmax regression")],
                          file: "exercises/03-classification/ClassificationExercise.swift")

/// Stops before any work when one of the parts is still a stub.
func requireYourParts() throws {
    try yourParts.requireImplemented(chapter: "chapter03") {
        let logits = Tensor([[1, 2, 0.5], [0, -1, 3]]), labels = Tensor([2, 0])
        _ = ClassificationExercise.softmax(logits)
        _ = ClassificationExercise.crossEntropy(logits: logits, labels: labels)
        _ = ClassificationExercise.crossEntropyGradient(logits: logits, labels: labels)
        _ = ClassificationExercise.accuracy(scores: logits, labels: labels)
        _ = ClassificationExercise.softmaxRegressionGradient(inputs: logits, labels: labels, weights: .zeros([3, 3]),
                                                             bias: .zeros([3]))
    }
}

/// Softmax regression whose loss and gradient are your parts 3.2 and 3.5 (which build on
/// your 3.1 and 3.3); weight decay is added as in the engine.
struct YourSoftmaxRegression: TrainableClassifier {
    var engine: SoftmaxRegression

    var classCount: Int { engine.classCount }

    func scores(_ inputs: Tensor) -> Tensor { engine.scores(inputs) }

    func lossAndGradient(inputs: Tensor, labels: Tensor, weightDecay: Float)
        -> (loss: Float, gradient: YourSoftmaxRegression, scores: Tensor) {
        let logits = engine.scores(inputs)
        var loss = ClassificationExercise.crossEntropy(logits: logits, labels: labels)
        var (weights, bias) = ClassificationExercise.softmaxRegressionGradient(inputs: inputs, labels: labels,
                                                                               weights: engine.weights, bias: engine.bias)
        if weightDecay > 0 {
            weights += weightDecay * engine.weights
            loss += weightDecay / 2 * engine.weights.squared().sum()
        }
        return (loss, YourSoftmaxRegression(engine: SoftmaxRegression(weights: weights, bias: bias)), logits)
    }

    mutating func step(along gradient: YourSoftmaxRegression, learningRate: Float) {
        engine.step(along: gradient.engine, learningRate: learningRate)
    }
}
