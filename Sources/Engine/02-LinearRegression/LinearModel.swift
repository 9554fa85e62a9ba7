// Linear regression: ŷ = X w + b, fitted by minimising the mean squared error.
// Derivations of every gradient: chapters/02-linear-regression/README.md.
//
// Shapes: inputs X [n, d], targets y [n], weights w [d], bias b a number,
// predictions ŷ [n].

/// A linear model of one output: ŷ = X w + b.
public struct LinearModel: Sendable, Equatable {
    /// One weight per input feature, shape [d].
    public var weights: Tensor
    /// The intercept b.
    public var bias: Float

    public init(weights: Tensor, bias: Float = 0) {
        precondition(weights.rank == 1, "LinearModel: weights must be a vector, got shape \(weights.shape)")
        self.weights = weights
        self.bias = bias
    }

    /// A model for `features` inputs with every parameter at zero.
    public init(features: Int) { self.init(weights: .zeros([features])) }

    /// The predictions X w + b for inputs X [n, d], shape [n].
    public func predict(_ inputs: Tensor) -> Tensor {
        precondition(inputs.rank == 2 && inputs.shape[1] == weights.count,
                     "shape mismatch in predict: inputs \(inputs.shape) against weights \(weights.shape)")
        return matmul(inputs, weights) + bias
    }
}

/// The gradient of a loss with respect to a linear model's weights [d] and bias.
public struct LinearGradient: Sendable, Equatable {
    public var weights: Tensor
    public var bias: Float
    public init(weights: Tensor, bias: Float) {
        self.weights = weights
        self.bias = bias
    }
}

/// The mean squared error L = (1/n) Σᵢ (ŷᵢ − yᵢ)² between predictions and targets of one shape.
public func meanSquaredError(predictions: Tensor, targets: Tensor) -> Float {
    precondition(predictions.shape == targets.shape,
                 "shape mismatch in meanSquaredError: predictions \(predictions.shape), targets \(targets.shape)")
    return (predictions - targets).squared().mean()
}

/// The gradient of the mean squared error of `model` on (X, y):
/// ∂L/∂w = (2/n) Xᵀ (ŷ − y), ∂L/∂b = (2/n) Σᵢ (ŷᵢ − yᵢ).
public func meanSquaredErrorGradient(_ model: LinearModel, inputs: Tensor, targets: Tensor) -> LinearGradient {
    precondition(targets.shape == [inputs.shape[0]],
                 "shape mismatch in meanSquaredErrorGradient: inputs \(inputs.shape), targets \(targets.shape)")
    let n = Float(inputs.shape[0])
    let residual = model.predict(inputs) - targets                      // [n]
    return LinearGradient(weights: matmul(inputs, residual, transposeA: true) * (2 / n),   // Xᵀ r: [d]
                          bias: residual.sum() * (2 / n))
}

/// The ridge objective J = MSE + (λ/2)‖w‖² (the bias is not penalised).
public func ridgeLoss(_ model: LinearModel, inputs: Tensor, targets: Tensor, lambda: Float) -> Float {
    meanSquaredError(predictions: model.predict(inputs), targets: targets)
        + lambda / 2 * model.weights.squared().sum()
}

/// The gradient of the ridge objective: the MSE gradient plus λ w for the weights.
public func ridgeGradient(_ model: LinearModel, inputs: Tensor, targets: Tensor, lambda: Float) -> LinearGradient {
    var gradient = meanSquaredErrorGradient(model, inputs: inputs, targets: targets)
    gradient.weights += lambda * model.weights
    return gradient
}

/// The model minimising the ridge objective exactly, solved as one least-squares problem.
///
/// Setting ∇J = 0 gives (XᵀX + (nλ/2) I) w = Xᵀ y with the bias column left out of I;
/// that is the least-squares solution of the stacked system [X 1; √(nλ/2) I 0] θ = [y; 0],
/// which QR solves without forming XᵀX. λ = 0 gives ordinary least squares.
public func fitRidgeClosedForm(inputs: Tensor, targets: Tensor, lambda: Float = 0) throws -> LinearModel {
    precondition(inputs.rank == 2 && targets.shape == [inputs.shape[0]],
                 "shape mismatch in fitRidgeClosedForm: inputs \(inputs.shape), targets \(targets.shape)")
    let (n, d) = (inputs.shape[0], inputs.shape[1])
    let penaltyRows = lambda > 0 ? d : 0
    var design = Tensor.zeros([n + penaltyRows, d + 1])
    var right = Tensor.zeros([n + penaltyRows])
    for i in 0..<n {
        for j in 0..<d { design[i, j] = inputs[i, j] }
        design[i, d] = 1
        right[i] = targets[i]
    }
    let root = (Float(n) * lambda / 2).squareRoot()
    for j in 0..<penaltyRows { design[n + j, j] = root }
    let theta = try leastSquares(design, right)
    return LinearModel(weights: Tensor(Array(theta.scalars[0..<d])), bias: theta.scalars[d])
}
