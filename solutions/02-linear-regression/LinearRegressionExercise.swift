// Exercise 2: linear regression by gradient descent and in closed form.
// Notes: chapters/02-linear-regression/README.md. Tests: Tests/ExerciseTests/Exercise2Tests.swift.
// Check your work with `swift test --filter Exercise2`.
//
// Shapes: inputs X [n, d], targets y [n], weights w [d], bias b, predictions ŷ = X w + b [n].
import ExerciseSupport
import LinearRegression

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
                                                weights: Tensor, bias: Float) -> LinearGradient {
        // EXERCISE 2.2: gradient of the mean squared error
        // Formula: r = X w + b − y;  ∂L/∂w = (2/n) Xᵀ r;  ∂L/∂b = (2/n) Σᵢ rᵢ
        // Shapes: inputs [n, d], targets [n], weights [d] → LinearGradient(weights: [d], bias: a number)
        // Hint: `matmul(X, w)` gives X w as [n]; `matmul(X, r, transposeA: true)` gives Xᵀ r
        //   as [d] without copying a transpose. Divide by n, the number of rows.
        // Stub: return notImplemented("2.2", placeholder: LinearGradient(weights: .zeros(weights.shape), bias: 0))
        // BEGIN SOLUTION
        let n = Float(inputs.shape[0])
        let residual = matmul(inputs, weights) + bias - targets
        return LinearGradient(weights: matmul(inputs, residual, transposeA: true) * (2 / n),
                              bias: residual.sum() * (2 / n))
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
                                     lambda: Float) -> LinearGradient {
        // EXERCISE 2.4: ridge gradient
        // Formula: ∂J/∂w = (2/n) Xᵀ r + λ w;  ∂J/∂b = (2/n) Σᵢ rᵢ, with r = X w + b − y
        // Shapes: inputs [n, d], targets [n], weights [d], λ a number → LinearGradient([d], a number)
        // Hint: start from the MSE gradient (your part 2.2, or the engine's, which inside this
        //   enum must be called `LinearRegression.meanSquaredErrorGradient(model, inputs:
        //   targets:)`) and add the penalty's gradient to the weights only.
        // Stub: return notImplemented("2.4", placeholder: LinearGradient(weights: .zeros(weights.shape), bias: 0))
        // BEGIN SOLUTION
        let model = LinearModel(weights: weights, bias: bias)
        var gradient = LinearRegression.meanSquaredErrorGradient(model, inputs: inputs, targets: targets)
        gradient.weights += lambda * weights
        return gradient
        // END SOLUTION
    }

    /// One epoch of mini-batch gradient descent on the ridge objective: one step per batch,
    /// the batches cut from `data` in `order`.
    public static func miniBatchEpoch(model: LinearModel, data: Dataset, order: [Int], batchSize: Int,
                                      learningRate: Float, lambda: Float) -> LinearModel {
        // EXERCISE 2.5: an epoch of mini-batch gradient descent
        // Formula: for each batch B (in order): w ← w − η ∂J_B/∂w;  b ← b − η ∂J_B/∂b
        // Shapes: data.inputs [n, d], data.targets [n], order a permutation of 0..<n → LinearModel
        // Hint: `data.batches(size: batchSize, order: order)` yields the batches as Datasets;
        //   compute the gradient on each batch (your part 2.4, or the engine's
        //   `LinearRegression.ridgeGradient(model, inputs:targets:lambda:)`), then step against it.
        // Stub: return notImplemented("2.5", placeholder: model)
        // BEGIN SOLUTION
        var model = model
        for batch in data.batches(size: batchSize, order: order) {
            let gradient = LinearRegression.ridgeGradient(model, inputs: batch.inputs, targets: batch.targets,
                                                          lambda: lambda)
            model.weights -= learningRate * gradient.weights
            model.bias -= learningRate * gradient.bias
        }
        return model
        // END SOLUTION
    }
}
