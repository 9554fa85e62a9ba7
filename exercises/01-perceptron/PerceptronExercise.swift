// Your file to complete: generated from solutions/01-perceptron/PerceptronExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 1.1, 1.2, 1.3, 1.4.

// Exercise 1: the perceptron and the delta rule.
// Notes: chapters/01-perceptron/README.md. Tests: Tests/ExerciseTests/Exercise1Tests.swift.
// Check your work with `swift test --filter 'Exercise1$'`.
//
// Labels are −1 and +1. Shapes: one example x [d], weights w [d], inputs [n, d], labels [n].
import ExerciseSupport
import Tensors

/// The functions of exercise 1, each a part to implement.
public enum PerceptronExercise {
    /// The perceptron's predicted label for one example (+1 or −1).
    public static func predict(weights: Tensor, bias: Float, input: Tensor) -> Float {
        // EXERCISE 1.1: predict one label
        // Formula: ŷ = +1 if w · x + b ≥ 0, else −1
        // Shapes: weights [d], input [d], bias a number → a number, −1 or +1
        // Your code goes here, in place of the placeholder below.
        return notImplemented("1.1", placeholder: 0)
    }

    /// Rosenblatt's learning rule applied to one example: the new weights and bias.
    public static func perceptronUpdate(weights: Tensor, bias: Float, input: Tensor, label: Float,
                                        learningRate: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 1.2: the perceptron rule
        // Formula: if ŷ ≠ y then w ← w + η y x and b ← b + η y; if ŷ = y nothing changes
        // Shapes: weights [d], input [d], label y ±1, bias and η numbers → (weights [d], bias)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("1.2", placeholder: (weights, bias))
    }

    /// The Widrow–Hoff delta rule applied to one example: the new weights and bias.
    public static func deltaRuleUpdate(weights: Tensor, bias: Float, input: Tensor, target: Float,
                                       learningRate: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 1.3: the delta rule
        // Formula: the output is linear, o = w · x + b, with loss E = ½ (y − o)² on one example;
        //   the delta rule is one step of gradient descent on E: w ← w − η ∂E/∂w;  b ← b − η ∂E/∂b
        // Shapes: weights [d], input [d], target y, bias and η numbers → (weights [d], bias)
        // Derive ∂E/∂w and ∂E/∂b yourself first; section 5 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("1.3", placeholder: (weights, bias))
    }

    /// One epoch of perceptron training: the rule applied to each row in order.
    /// Returns the final weights and bias and the number of mistakes made on the way.
    public static func perceptronEpoch(weights: Tensor, bias: Float, inputs: Tensor, labels: Tensor,
                                       learningRate: Float) -> (weights: Tensor, bias: Float, mistakes: Int) {
        // EXERCISE 1.4: one training epoch
        // Formula: for i = 0 ..< n: if sign(w · xᵢ + b) ≠ yᵢ, count a mistake and apply the rule
        // Shapes: inputs [n, d], labels [n] of ±1, weights [d] → (weights [d], bias, mistakes)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("1.4", placeholder: (weights, bias, 0))
    }
}
