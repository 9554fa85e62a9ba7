// Your file to complete: generated from solutions/04-backpropagation/BackpropagationExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 4.1, 4.2, 4.3, 4.4, 4.5.

// Exercise 4: backward passes and backpropagation through a two-layer network.
// Notes: chapters/04-backpropagation/README.md. Tests: Tests/ExerciseTests/Exercise4Tests.swift.
// Check your work with `swift test --filter 'Exercise4$'`.
//
// Shapes: a batch of n rows; x [n, i] inputs, W [i, o] weights, b [o] bias, y = x W + b [n, o];
// dy = ∂L/∂y has y's shape, and every gradient has the shape of what it differentiates.
// This file sees the engine of chapters 01-03, not chapter 04's layers: the backward
// passes are yours to write.
import Classification
import ExerciseSupport

/// The functions of exercise 4, each a part to implement.
public enum BackpropagationExercise {
    /// The backward pass of a linear layer y = x W + b.
    public static func linearBackward(input: Tensor, weight: Tensor,
                                      outputGradient: Tensor) -> (input: Tensor, weight: Tensor, bias: Tensor) {
        // EXERCISE 4.1: Linear backward
        // Formula: ∂L/∂x = dy Wᵀ;  ∂L/∂W = xᵀ dy;  ∂L/∂b = Σᵢ dyᵢ (the column sums of dy)
        // Shapes: input [n, i], weight [i, o], outputGradient [n, o] → (input [n, i], weight [i, o], bias [o])
        // Your code goes here, in place of the placeholder below.
        return notImplemented("4.1", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(weight.shape), Tensor.zeros([weight.shape[1]])))
    }

    /// The backward pass of ReLU, y = max(0, x).
    public static func reluBackward(input: Tensor, outputGradient: Tensor) -> Tensor {
        // EXERCISE 4.2: ReLU backward
        // Formula: ∂L/∂x = dy ⊙ [x > 0]
        // Shapes: input [n, m], outputGradient [n, m] → [n, m]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("4.2", placeholder: Tensor.zeros(input.shape))
    }

    /// The backward pass of the sigmoid, given its output y = σ(x).
    public static func sigmoidBackward(output: Tensor, outputGradient: Tensor) -> Tensor {
        // EXERCISE 4.3: sigmoid backward
        // Formula: ∂L/∂x = dy ⊙ y ⊙ (1 − y)
        // Shapes: output [n, m], outputGradient [n, m] → [n, m]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("4.3", placeholder: Tensor.zeros(output.shape))
    }

    /// The backward pass of tanh, given its output y = tanh(x).
    public static func tanhBackward(output: Tensor, outputGradient: Tensor) -> Tensor {
        // EXERCISE 4.4: tanh backward
        // Formula: ∂L/∂x = dy ⊙ (1 − y²)
        // Shapes: output [n, m], outputGradient [n, m] → [n, m]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("4.4", placeholder: Tensor.zeros(output.shape))
    }

    /// The gradients of the mean cross-entropy of a two-layer network
    /// Z = ReLU(X W₁ + b₁) W₂ + b₂ with respect to all four parameters.
    public static func twoLayerGradients(inputs: Tensor, labels: Tensor, weight1: Tensor, bias1: Tensor,
                                         weight2: Tensor, bias2: Tensor)
        -> (weight1: Tensor, bias1: Tensor, weight2: Tensor, bias2: Tensor) {
        // EXERCISE 4.5: backpropagation through two layers
        // Formula: a = X W₁ + b₁, h = ReLU(a), Z = h W₂ + b₂, L = the mean cross-entropy of Z against
        //   the labels;  return ∂L/∂W₁, ∂L/∂b₁, ∂L/∂W₂, ∂L/∂b₂
        // Shapes: inputs [n, d], labels [n], weight1 [d, m], bias1 [m], weight2 [m, k], bias2 [k]
        //   → gradients of the same shapes as the four parameters
        // Derive the backward pass yourself, one operation at a time from G = ∂L/∂Z (chapter 03's
        // `crossEntropyGradient(logits:labels:)`) back to the first layer; section 4 of the notes is
        // there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("4.5", placeholder: (Tensor.zeros(weight1.shape), Tensor.zeros(bias1.shape), Tensor.zeros(weight2.shape), Tensor.zeros(bias2.shape)))
    }
}
