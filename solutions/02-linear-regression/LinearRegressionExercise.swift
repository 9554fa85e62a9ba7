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
        // Hint: subtract, square element-wise (`squared()`), then average (`mean()`).
        // Stub: return notImplemented("2.1", placeholder: 0)
        // BEGIN SOLUTION
        return (predictions - targets).squared().mean()
        // END SOLUTION
    }

    /// The gradient of the mean squared error of ŷ = X w + b with respect to w and b.
    public static func meanSquaredErrorGradient(inputs: Tensor, targets: Tensor,
                                                weights: Tensor, bias: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 2.2: gradient of the mean squared error
        // Formula: r = X w + b − y;  ∂L/∂w = (2/n) Xᵀ r;  ∂L/∂b = (2/n) Σᵢ rᵢ
        // Shapes: inputs [n, d], targets [n], weights [d] → (weights: [d], bias: a number)
        // Hint: `matmul(X, w)` gives X w as [n]; `matmul(X, r, transposeA: true)` gives Xᵀ r
        //   as [d] without copying a transpose. Divide by n, the number of rows.
        // Stub: return notImplemented("2.2", placeholder: (Tensor.zeros(weights.shape), 0))
        // BEGIN SOLUTION
        let n = Float(inputs.shape[0])
        let residual = matmul(inputs, weights) + bias - targets
        return (matmul(inputs, residual, transposeA: true) * (2 / n), residual.sum() * (2 / n))
        // END SOLUTION
    }

    /// The least-squares weights from the normal equations (no separate bias: include a
    /// column of ones in X for one).
    public static func normalEquations(inputs: Tensor, targets: Tensor) throws -> Tensor {
        // EXERCISE 2.3: normal equations
        // Formula: solve (Xᵀ X) w = Xᵀ y for w
        // Shapes: inputs [n, d], targets [n] → weights [d]
        // Hint: form Xᵀ X [d, d] and Xᵀ y [d] with `matmul(_:_:transposeA: true)`, then
        //   `try solve(a, b)` solves a w = b. Never invert a matrix to solve a system.
        // Stub: return notImplemented("2.3", placeholder: Tensor.zeros([inputs.shape[1]]))
        // BEGIN SOLUTION
        let gram = matmul(inputs, inputs, transposeA: true)
        let moment = matmul(inputs, targets, transposeA: true)
        return try solve(gram, moment)
        // END SOLUTION
    }

    /// The gradient of the ridge objective J = MSE + (λ/2)‖w‖² (the bias is not penalised).
    public static func ridgeGradient(inputs: Tensor, targets: Tensor, weights: Tensor, bias: Float,
                                     lambda: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 2.4: ridge gradient
        // Formula: J(w, b) = (1/n) Σᵢ (xᵢ · w + b − yᵢ)² + (λ/2) ‖w‖²;  return ∂J/∂w and ∂J/∂b
        // Shapes: inputs [n, d], targets [n], weights [d], λ a number → (weights: [d], bias: a number)
        // Derive the gradient of J yourself first; section 6 of the notes is there to check afterwards.
        // Hint: J is part 2.2's loss plus a penalty: reuse your 2.2, then differentiate
        //   (λ/2) Σⱼ wⱼ² by one wⱼ at a time. Which parameters does the penalty contain?
        // Stub: return notImplemented("2.4", placeholder: (Tensor.zeros(weights.shape), 0))
        // BEGIN SOLUTION
        let gradient = meanSquaredErrorGradient(inputs: inputs, targets: targets, weights: weights, bias: bias)
        return (gradient.weights + lambda * weights, gradient.bias)
        // END SOLUTION
    }

    /// One epoch of mini-batch gradient descent on the ridge objective: one step per batch,
    /// the batches cut in `order` (the last one may be shorter).
    public static func miniBatchEpoch(weights: Tensor, bias: Float, inputs: Tensor, targets: Tensor, order: [Int],
                                      batchSize: Int, learningRate: Float, lambda: Float) -> (weights: Tensor, bias: Float) {
        // EXERCISE 2.5: an epoch of mini-batch gradient descent
        // Formula: for each batch B (in order): w ← w − η ∂J_B/∂w;  b ← b − η ∂J_B/∂b
        // Shapes: inputs [n, d], targets [n], order a permutation of 0..<n → (weights: [d], bias: a number)
        // Hint: batch k holds the rows `order[k·batchSize ..< min((k+1)·batchSize, n)]`; `inputs.rows(indices)`
        //   gathers them. Compute each batch's gradient with your part 2.4, then step against it.
        // Stub: return notImplemented("2.5", placeholder: (weights, bias))
        // BEGIN SOLUTION
        var (w, b) = (weights, bias)
        for start in stride(from: 0, to: order.count, by: batchSize) {
            let batch = Array(order[start..<Swift.min(start + batchSize, order.count)])
            let gradient = ridgeGradient(inputs: inputs.rows(batch), targets: targets.rows(batch),
                                         weights: w, bias: b, lambda: lambda)
            w -= learningRate * gradient.weights
            b -= learningRate * gradient.bias
        }
        return (w, b)
        // END SOLUTION
    }

    /// The gradient of `f` at `x` by central differences with step `step`: the tool that
    /// checks every hand-derived gradient of the course.
    public static func numericalGradient(of f: (Tensor) -> Float, at x: Tensor, step: Float) -> Tensor {
        // EXERCISE 2.6: a finite-difference gradient
        // Formula: gᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / 2h, one entry i at a time
        // Shapes: x of any shape → a gradient of the same shape
        // Hint: copy x, change one entry with `copy[flat: i] = …`, evaluate f, and put the entry back.
        //   The one-sided (f(x + h) − f(x)) / h is only first-order accurate: use both sides.
        // Stub: return notImplemented("2.6", placeholder: Tensor.zeros(x.shape))
        // BEGIN SOLUTION
        var gradient = Tensor.zeros(x.shape)
        var probe = x
        for i in 0..<x.count {
            let original = x[flat: i]
            probe[flat: i] = original + step
            let above = f(probe)
            probe[flat: i] = original - step
            let below = f(probe)
            probe[flat: i] = original
            gradient[flat: i] = (above - below) / (2 * step)
        }
        return gradient
        // END SOLUTION
    }
}
