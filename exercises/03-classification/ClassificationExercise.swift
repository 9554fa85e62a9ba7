// Your file to complete: generated from solutions/03-classification/ClassificationExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 3.1, 3.2, 3.3, 3.4, 3.5.

// Exercise 3: softmax, cross-entropy and the gradient of softmax regression.
// Notes: chapters/03-classification/README.md. Tests: Tests/ExerciseTests/Exercise3Tests.swift.
// Check your work with `swift test --filter 'Exercise3$'`.
//
// Shapes: logits Z [n, k], labels y [n] (class indices 0 ..< k stored as Float),
// inputs X [n, d], weights W [d, k], bias b [k].
// This file sees the engine of chapters 01-02, not chapter 03's: softmax and
// cross-entropy are yours to write.
import ExerciseSupport
import LinearRegression

/// The functions of exercise 3, each a part to implement.
public enum ClassificationExercise {
    /// The softmax of each row of `logits`, computed so that large logits do not overflow.
    public static func softmax(_ logits: Tensor) -> Tensor {
        // EXERCISE 3.1: stable softmax
        // Formula: pᵢⱼ = e^{zᵢⱼ − mᵢ} / Σₗ e^{zᵢₗ − mᵢ}, with mᵢ = maxₗ zᵢₗ
        // Shapes: logits [n, k] → probabilities [n, k], each row summing to 1
        // Your code goes here, in place of the placeholder below.
        return notImplemented("3.1", placeholder: Tensor.zeros(logits.shape))
    }

    /// The mean cross-entropy of the logits against the labels.
    public static func crossEntropy(logits: Tensor, labels: Tensor) -> Float {
        // EXERCISE 3.2: cross-entropy loss
        // Formula: L = (1/n) Σᵢ −log pᵢ,yᵢ = (1/n) Σᵢ (mᵢ + log Σₗ e^{zᵢₗ − mᵢ} − zᵢ,yᵢ)
        // Shapes: logits [n, k], labels [n] → a number
        // Your code goes here, in place of the placeholder below.
        return notImplemented("3.2", placeholder: 0)
    }

    /// The gradient of the mean cross-entropy with respect to the logits.
    public static func crossEntropyGradient(logits: Tensor, labels: Tensor) -> Tensor {
        // EXERCISE 3.3: gradient with respect to the logits
        // Formula: pᵢ = softmax(zᵢ) row by row, L = (1/n) Σᵢ −log pᵢ,yᵢ;  return ∂L/∂zᵢⱼ for every i, j
        // Shapes: logits [n, k], labels [n] → gradient [n, k]
        // Derive ∂L/∂zᵢⱼ yourself first; section 3 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("3.3", placeholder: Tensor.zeros(logits.shape))
    }

    /// The fraction of rows whose highest score is at the label's column.
    public static func accuracy(scores: Tensor, labels: Tensor) -> Float {
        // EXERCISE 3.4: accuracy
        // Formula: (1/n) Σᵢ [argmaxⱼ sᵢⱼ = yᵢ]
        // Shapes: scores [n, k], labels [n] → a number in [0, 1]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("3.4", placeholder: 0)
    }

    /// The gradient of the mean cross-entropy of softmax regression, Z = X W + b, with
    /// respect to W and b.
    public static func softmaxRegressionGradient(inputs: Tensor, labels: Tensor, weights: Tensor,
                                                 bias: Tensor) -> (weights: Tensor, bias: Tensor) {
        // EXERCISE 3.5: gradient of softmax regression
        // Formula: G = ∂L/∂Z (your part 3.3);  ∂L/∂W = Xᵀ G;  ∂L/∂b = Σᵢ Gᵢ (the column sums of G)
        // Shapes: inputs [n, d], labels [n], weights [d, k], bias [k] → (weights [d, k], bias [k])
        // Your code goes here, in place of the placeholder below.
        return notImplemented("3.5", placeholder: (Tensor.zeros(weights.shape), Tensor.zeros(bias.shape)))
    }
}
