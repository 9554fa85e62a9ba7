// Your file to complete: generated from solutions/02-linear-regression/LinearRegressionExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 2.1, 2.2, 2.3, 2.4, 2.5, 2.6.

// Exercise 2: linear regression by gradient descent and in closed form.
// Notes: chapters/02-linear-regression/README.md. Tests: Tests/ExerciseTests/Exercise2Tests.swift.
// Check your work with `swift test --filter 'Exercise2$'`.
//
// Shapes: inputs X [n, d], targets y [n], weights w [d], bias b, predictions ŷ = X w + b [n].
// This file sees chapter 01's engine and the tensor (`matmul`, `solve`, `rows`), not
// chapter 02's: what the parts ask for is yours to write.
import ExerciseSupport
import Perceptron

/// The functions of exercise 2, each a part to implement.
public enum LinearRegressionExercise {
    /// The mean squared error between predictions and targets.
    public static func meanSquaredError(predictions: Tensor, targets: Tensor) -> Float {
        // EXERCISE 2.1: mean squared error
        // Formula: L = (1/n) Σᵢ (ŷᵢ − yᵢ)²
        // Shapes: predictions [n], targets [n] → a number
        // Your code goes here, in place of the placeholder below.
        return notImplemented("2.1", placeholder: 0)
    }

    /// The gradient of the mean squared error of ŷ = X w + b with respect to w and b.
    public static func meanSquaredErrorGradient(inputs: Tensor, targets: Tensor,
                                                weights: Tensor, bias: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 2.2: gradient of the mean squared error
        // Formula: r = X w + b − y;  ∂L/∂w = (2/n) Xᵀ r;  ∂L/∂b = (2/n) Σᵢ rᵢ
        // Shapes: inputs [n, d], targets [n], weights [d] → (weights: [d], bias: a number)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("2.2", placeholder: (Tensor.zeros(weights.shape), 0))
    }

    /// The least-squares weights from the normal equations (no separate bias: include a
    /// column of ones in X for one).
    public static func normalEquations(inputs: Tensor, targets: Tensor) throws -> Tensor {
        // EXERCISE 2.3: normal equations
        // Formula: solve (Xᵀ X) w = Xᵀ y for w
        // Shapes: inputs [n, d], targets [n] → weights [d]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("2.3", placeholder: Tensor.zeros([inputs.shape[1]]))
    }

    /// The gradient of the ridge objective J = MSE + (λ/2)‖w‖² (the bias is not penalised).
    public static func ridgeGradient(inputs: Tensor, targets: Tensor, weights: Tensor, bias: Float,
                                     lambda: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 2.4: ridge gradient
        // Formula: J(w, b) = (1/n) Σᵢ (xᵢ · w + b − yᵢ)² + (λ/2) ‖w‖²;  return ∂J/∂w and ∂J/∂b
        // Shapes: inputs [n, d], targets [n], weights [d], λ a number → (weights: [d], bias: a number)
        // Derive the gradient of J yourself first; section 6 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("2.4", placeholder: (Tensor.zeros(weights.shape), 0))
    }

    /// One epoch of mini-batch gradient descent on the ridge objective: one step per batch,
    /// the batches cut in `order` (the last one may be shorter).
    public static func miniBatchEpoch(weights: Tensor, bias: Float, inputs: Tensor, targets: Tensor, order: [Int],
                                      batchSize: Int, learningRate: Float, lambda: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 2.5: an epoch of mini-batch gradient descent
        // Formula: for each batch B (in order): w ← w − η ∂J_B/∂w;  b ← b − η ∂J_B/∂b
        // Shapes: inputs [n, d], targets [n], order a permutation of 0..<n → (weights: [d], bias: a number)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("2.5", placeholder: (weights, bias))
    }

    /// The gradient of `f` at `x` by central differences with step `step`: the tool that
    /// checks every hand-derived gradient of the course.
    public static func numericalGradient(of f: (Tensor) -> Float, at x: Tensor, step: Float) -> Tensor {
        // EXERCISE 2.6: a finite-difference gradient
        // Formula: gᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / 2h, one entry i at a time
        // Shapes: x of any shape → a gradient of the same shape
        // Your code goes here, in place of the placeholder below.
        return notImplemented("2.6", placeholder: Tensor.zeros(x.shape))
    }
}
