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
        // Hint: `dot(a, b)` gives w · x as a Float. A score of exactly 0 counts as +1.
        // Stub: return notImplemented("1.1", placeholder: 0)
        // BEGIN SOLUTION
        let score = dot(weights, input) + bias
        return score >= 0 ? 1 : -1
        // END SOLUTION
    }

    /// Rosenblatt's learning rule applied to one example: the new weights and bias.
    public static func perceptronUpdate(weights: Tensor, bias: Float, input: Tensor, label: Float,
                                        learningRate: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 1.2: the perceptron rule
        // Formula: if ŷ ≠ y then w ← w + η y x and b ← b + η y; if ŷ = y nothing changes
        // Shapes: weights [d], input [d], label y ±1, bias and η numbers → (weights [d], bias)
        // Hint: predict first (part 1.1, or `dot`); `Float * Tensor` scales a tensor, and
        //   `+` adds two tensors of one shape.
        // Stub: return notImplemented("1.2", placeholder: (weights, bias))
        // BEGIN SOLUTION
        let predicted: Float = dot(weights, input) + bias >= 0 ? 1 : -1
        guard predicted != label else { return (weights, bias) }
        return (weights + (learningRate * label) * input, bias + learningRate * label)
        // END SOLUTION
    }

    /// The Widrow–Hoff delta rule applied to one example: the new weights and bias.
    public static func deltaRuleUpdate(weights: Tensor, bias: Float, input: Tensor, target: Float,
                                       learningRate: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 1.3: the delta rule
        // Formula: the output is linear, o = w · x + b, with loss E = ½ (y − o)² on one example;
        //   the delta rule is one step of gradient descent on E: w ← w − η ∂E/∂w;  b ← b − η ∂E/∂b
        // Shapes: weights [d], input [d], target y, bias and η numbers → (weights [d], bias)
        // Derive ∂E/∂w and ∂E/∂b yourself first; section 5 of the notes is there to check afterwards.
        // Hint: the chain rule through o: ∂E/∂wⱼ = (∂E/∂o)(∂o/∂wⱼ), and o depends on wⱼ through xⱼ alone.
        //   Unlike the perceptron, there is no threshold: every example moves the weights.
        // Stub: return notImplemented("1.3", placeholder: (weights, bias))
        // BEGIN SOLUTION
        let error = target - (dot(weights, input) + bias)
        return (weights + (learningRate * error) * input, bias + learningRate * error)
        // END SOLUTION
    }

    /// One epoch of perceptron training: the rule applied to each row in order.
    /// Returns the final weights and bias and the number of mistakes made on the way.
    public static func perceptronEpoch(weights: Tensor, bias: Float, inputs: Tensor, labels: Tensor,
                                       learningRate: Float) -> (weights: Tensor, bias: Float, mistakes: Int) {
        // EXERCISE 1.4: one training epoch
        // Formula: for i = 0 ..< n: if sign(w · xᵢ + b) ≠ yᵢ, count a mistake and apply the rule
        // Shapes: inputs [n, d], labels [n] of ±1, weights [d] → (weights [d], bias, mistakes)
        // Hint: `inputs.row(i)` is example i as a [d] tensor and `labels[i]` its label;
        //   count a mistake before updating, using the weights as they are at that moment.
        // Stub: return notImplemented("1.4", placeholder: (weights, bias, 0))
        // BEGIN SOLUTION
        var (w, b) = (weights, bias)
        var mistakes = 0
        for i in 0..<inputs.shape[0] {
            let x = inputs.row(i), y = labels[i]
            if (dot(w, x) + b >= 0 ? 1 : -1) != y {
                mistakes += 1
                w += (learningRate * y) * x
                b += learningRate * y
            }
        }
        return (w, b, mistakes)
        // END SOLUTION
    }
}
