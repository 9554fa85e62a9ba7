// `--mine`: chapter 02 with your exercise 2 code: your normal equations (2.3) fit the
// noisy line, your mini-batch epoch (2.5, on your 2.4 and 2.2) trains it, your ridge
// gradient (2.4) drives the learning-rate experiment, and your mean squared error (2.1)
// judges the polynomials. (The polynomial fits stay on the engine's QR: the normal
// equations square the condition number of degree-9 features, which Float cannot afford.)
import ExerciseSupport
import LinearRegression
import LinearRegressionExercises

/// The exercise parts chapter 02's `--mine` runs.
let yourParts = YourParts(exercise: 2, parts: [("2.1", "mean squared error"), ("2.2", "gradient of the mean squared error"),
                                               ("2.3", "normal equations"), ("2.4", "ridge gradient"),
                                               ("2.5", "an epoch of mini-batch gradient descent")],
                          file: "exercises/02-linear-regression/LinearRegressionExercise.swift")

/// The demo's regression steps: the engine's, or with `mine` yours.
struct Regression {
    let mine: Bool

    /// Stops before any work when one of your parts is still a stub.
    func requireYourParts() throws {
        guard mine else { return }
        try yourParts.requireImplemented(chapter: "chapter02") {
            let x = Tensor([[1, 0.5], [1, -1], [1, 2]]), y = Tensor([1, 2, 0.5]), w = Tensor([0.5, 0.25])
            _ = LinearRegressionExercise.meanSquaredError(predictions: y, targets: y)
            _ = LinearRegressionExercise.meanSquaredErrorGradient(inputs: x, targets: y, weights: w, bias: 0)
            _ = try LinearRegressionExercise.normalEquations(inputs: x, targets: y)
            _ = LinearRegressionExercise.ridgeGradient(inputs: x, targets: y, weights: w, bias: 0, lambda: 0.1)
            _ = LinearRegressionExercise.miniBatchEpoch(weights: w, bias: 0, inputs: x, targets: y, order: [2, 0, 1],
                                                        batchSize: 2, learningRate: 0.1, lambda: 0)
        }
    }

    /// The least-squares line through (x, y): your normal equations on the design [x, 1].
    func closedFormLine(_ x: Tensor, _ y: Tensor) throws -> LinearModel {
        guard mine else { return try fitRidgeClosedForm(inputs: x.reshaped([-1, 1]), targets: y) }
        let design = Tensor(shape: [x.count, 2], scalars: x.scalars.flatMap { [$0, 1] })
        let solution = try LinearRegressionExercise.normalEquations(inputs: design, targets: y)
        return LinearModel(weights: Tensor([solution[0]]), bias: solution[1])
    }

    /// Trains `model` for `epochs` of mini-batches in a fresh order each epoch (the engine's
    /// loop, or with `mine` your 2.5); returns the loss on (inputs, targets) after each epoch
    /// and the number of steps taken.
    func train(_ model: inout LinearModel, inputs: Tensor, targets: Tensor, settings: GradientDescentSettings,
               using generator: inout SeededGenerator, afterEachEpoch: (Int, Float) -> Void) throws
        -> (perEpoch: [Float], steps: Int) {
        guard mine else {
            let history = try trainByGradientDescent(&model, inputs: inputs, targets: targets, settings: settings,
                                                     using: &generator, afterEachEpoch: afterEachEpoch)
            let stepsPerEpoch = history.count / settings.epochs
            return (stride(from: stepsPerEpoch - 1, to: history.count, by: stepsPerEpoch).map { history[$0] }, history.count)
        }
        let n = inputs.shape[0], batchSize = settings.batchSize ?? inputs.shape[0]
        var losses: [Float] = []
        for epoch in 1...settings.epochs {
            let order = generator.permutation(n)
            (model.weights, model.bias) = LinearRegressionExercise.miniBatchEpoch(
                weights: model.weights, bias: model.bias, inputs: inputs, targets: targets, order: order,
                batchSize: batchSize, learningRate: settings.learningRate, lambda: settings.lambda)
            losses.append(meanSquaredError(model.predict(inputs), targets: targets))
            afterEachEpoch(epoch, losses.last!)
        }
        return (losses, settings.epochs * ((n + batchSize - 1) / batchSize))
    }

    /// The gradient each step of the engine's loop takes: the engine's, or your 2.4.
    var gradient: (LinearModel, Tensor, Tensor, Float) -> LinearGradient {
        guard mine else { return { ridgeGradient($0, inputs: $1, targets: $2, lambda: $3) } }
        return { model, inputs, targets, lambda in
            let (weights, bias) = LinearRegressionExercise.ridgeGradient(inputs: inputs, targets: targets,
                                                                         weights: model.weights, bias: model.bias, lambda: lambda)
            return LinearGradient(weights: weights, bias: bias)
        }
    }

    /// The mean squared error: the engine's, or your 2.1.
    func meanSquaredError(_ predictions: Tensor, targets: Tensor) -> Float {
        mine ? LinearRegressionExercise.meanSquaredError(predictions: predictions, targets: targets)
             : LinearRegression.meanSquaredError(predictions: predictions, targets: targets)
    }
}
