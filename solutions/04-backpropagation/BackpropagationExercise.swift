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
        // Hint: check each result's shape against the thing it differentiates; `matmul` takes
        //   `transposeA:` and `transposeB:`, and `sum(alongAxis: 0)` adds the rows.
        // Stub: return notImplemented("4.1", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(weight.shape), Tensor.zeros([weight.shape[1]])))
        // BEGIN SOLUTION
        return (matmul(outputGradient, weight, transposeB: true),
                matmul(input, outputGradient, transposeA: true),
                outputGradient.sum(alongAxis: 0))
        // END SOLUTION
    }

    /// The backward pass of ReLU, y = max(0, x).
    public static func reluBackward(input: Tensor, outputGradient: Tensor) -> Tensor {
        // EXERCISE 4.2: ReLU backward
        // Formula: ∂L/∂x = dy ⊙ [x > 0]
        // Shapes: input [n, m], outputGradient [n, m] → [n, m]
        // Hint: `input.map { $0 > 0 ? 1 : 0 }` is the mask; `*` multiplies element-wise.
        // Stub: return notImplemented("4.2", placeholder: Tensor.zeros(input.shape))
        // BEGIN SOLUTION
        return outputGradient * input.map { $0 > 0 ? 1 : 0 }
        // END SOLUTION
    }

    /// The backward pass of the sigmoid, given its output y = σ(x).
    public static func sigmoidBackward(output: Tensor, outputGradient: Tensor) -> Tensor {
        // EXERCISE 4.3: sigmoid backward
        // Formula: ∂L/∂x = dy ⊙ y ⊙ (1 − y)
        // Shapes: output [n, m], outputGradient [n, m] → [n, m]
        // Hint: σ′(x) = σ(x)(1 − σ(x)) is written with the output alone, which is why the layer
        //   keeps its output rather than its input.
        // Stub: return notImplemented("4.3", placeholder: Tensor.zeros(output.shape))
        // BEGIN SOLUTION
        return outputGradient * output * (1 - output)
        // END SOLUTION
    }

    /// The backward pass of tanh, given its output y = tanh(x).
    public static func tanhBackward(output: Tensor, outputGradient: Tensor) -> Tensor {
        // EXERCISE 4.4: tanh backward
        // Formula: ∂L/∂x = dy ⊙ (1 − y²)
        // Shapes: output [n, m], outputGradient [n, m] → [n, m]
        // Hint: like 4.3, everything comes from the output.
        // Stub: return notImplemented("4.4", placeholder: Tensor.zeros(output.shape))
        // BEGIN SOLUTION
        return outputGradient * (1 - output.squared())
        // END SOLUTION
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
        // Hint: run the forward pass keeping a and h. Each gradient has the shape of what it
        //   differentiates, which fixes where every transpose goes; the ReLU passes a gradient only
        //   where it passed its input.
        // Stub: return notImplemented("4.5", placeholder: (Tensor.zeros(weight1.shape), Tensor.zeros(bias1.shape), Tensor.zeros(weight2.shape), Tensor.zeros(bias2.shape)))
        // BEGIN SOLUTION
        let a = matmul(inputs, weight1) + bias1
        let h = maximum(a, 0)
        let logits = matmul(h, weight2) + bias2
        let g = crossEntropyGradient(logits: logits, labels: labels)
        let dh = matmul(g, weight2, transposeB: true)
        let da = dh * a.map { $0 > 0 ? 1 : 0 }
        return (matmul(inputs, da, transposeA: true), da.sum(alongAxis: 0),
                matmul(h, g, transposeA: true), g.sum(alongAxis: 0))
        // END SOLUTION
    }
}
