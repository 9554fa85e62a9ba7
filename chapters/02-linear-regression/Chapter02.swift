// Chapter 02 · Linear regression. Notes: README.md beside this file.
//
// 1. A noisy line fitted in closed form and by batch, stochastic and mini-batch gradient descent.
// 2. The learning rate: too small crawls, too large oscillates, larger still diverges.
// 3. Polynomial features: more degrees fit the training points better and the curve worse.
// 4. Ridge regression: λ chosen on a validation split, judged once on a test set.
import ArgumentParser
import CourseRuntime
import Gnuplot
import Foundation
import LinearRegression

@main
struct Chapter02: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter02",
        abstract: "Chapter 02 · Linear regression: gradient descent, the learning rate, overfitting, ridge.",
        discussion: "Fits a noisy line in closed form and by gradient descent, races learning rates (one diverges), "
            + "fits polynomials of rising degree to a noisy sine, and chooses the ridge penalty on a validation "
            + "split. Plots go to PLOTS-DIR/02-linear-regression.")

    @OptionGroup var options: ChapterOptions

    @Flag(help: "Fit and train with your exercise 2 code (2.1-2.5) instead of the engine's.")
    var mine = false

    func run() throws {
        let epochs = try options.epochs(default: 100, quick: 20)
        var generator = SeededGenerator(seed: options.seed)
        let plots = ChapterPlots(options: options, slug: "02-linear-regression")
        var summary = Summary()
        let regression = Regression(mine: mine)
        try regression.requireYourParts()
        if mine { print(yourParts.announcement) }

        // MARK: 1. A noisy line
        let count = options.value(200, quick: 50)
        print("1. y = 2x + 1 + noise, \(count) points: closed form against gradient descent")
        let (x, y) = noisySamples(count: count, range: -1...1, noise: 0.3, using: &generator) { 2 * $0 + 1 }
        let inputs = x.reshaped([-1, 1])
        let exact = try regression.closedFormLine(x, y)
        print("   closed form (\(mine ? "your normal equations" : "least squares by QR")): slope \(fixed(exact.weights[0])), intercept \(fixed(exact.bias))")
        summary.add("closed-form slope", exact.weights[0])
        summary.add("closed-form intercept", exact.bias)
        var variantCurves: [LineSeries] = []
        var fittedLines: [LineSeries] = []
        for (name, batchSize, rate) in [("batch", nil, 0.5), ("mini-batch of 16", 16, 0.1), ("stochastic", 1, 0.01)]
            as [(String, Int?, Float)] {
            var model = LinearModel(features: 1)
            let progress = ProgressBar(label: "   \(name)", total: epochs, unit: "ex")
            let (perEpoch, steps) = try regression.train(
                &model, inputs: inputs, targets: y,
                settings: GradientDescentSettings(learningRate: rate, epochs: epochs, batchSize: batchSize),
                using: &generator) { epoch, loss in
                progress.update(completed: epoch, metrics: [("loss", loss)], items: epoch * count)
            }
            progress.finish()
            print("   \(name) (η = \(rate)): slope \(fixed(model.weights[0])), intercept \(fixed(model.bias)) "
                  + "after \(steps) steps")
            summary.add("\(name) slope", model.weights[0])
            // One point per epoch: the loss after the epoch's last step.
            variantCurves.append(LineSeries(title: "\(name), η = \(rate)", ys: perEpoch.map(Double.init)))
            fittedLines.append(LineSeries(title: name, xs: [Float(-1), 1], ys: [model.bias - model.weights[0], model.bias + model.weights[0]]))
        }
        fittedLines.append(LineSeries(title: "closed form", xs: [Float(-1), 1],
                                      ys: [exact.bias - exact.weights[0], exact.bias + exact.weights[0]], dash: .dashed))
        try plots.write(LinePlot(title: "Training loss per epoch", xLabel: "epoch", yLabel: "mean squared error",
                                 logY: true, integerX: true, series: variantCurves), name: "line-training")
        try plots.write(ScatterPlot(title: "A noisy line and the fitted lines", xLabel: "x", yLabel: "y",
                                    classes: [ScatterClass(label: "data", xs: x.scalars, ys: y.scalars)],
                                    lines: fittedLines), name: "line-fit")

        // MARK: 2. The learning rate
        print("\n2. Batch gradient descent with five learning rates (stable below η = 1 for these inputs)")
        // The stable rates are drawn as the loss above its minimum L*, the closed form's, so that
        // each rate's constant factor per step shows as a straight line on the log scale; the
        // diverging one gets a panel of its own, whose scale would flatten the others.
        let lowest = Double(LinearRegression.meanSquaredError(predictions: matmul(inputs, exact.weights) + exact.bias,
                                                              targets: y))
        var rateCurves: [LineSeries] = [], divergingCurves: [LineSeries] = []
        for rate: Float in [0.05, 0.3, 0.75, 0.95, 1.5] {
            var model = LinearModel(features: 1)
            let settings = GradientDescentSettings(learningRate: rate, epochs: epochs)
            var history: [Float]
            do {
                history = try trainByGradientDescent(&model, inputs: inputs, targets: y, settings: settings,
                                                     gradient: regression.gradient, using: &generator)
                print("   η = \(rate): loss \(fixed(history.last!)) after \(history.count) steps")
            } catch let divergence as DivergenceError {
                history = divergence.history
                print("   η = \(rate): stopped, \(divergence)")
                summary.add("diverged at step (learning rate \(rate))", divergence.step)
            }
            if rate < 1 {
                rateCurves.append(LineSeries(title: "η = \(rate)", ys: history.map { Double($0) - lowest }))
            } else {
                divergingCurves.append(LineSeries(title: "η = \(rate)", ys: history.map(Double.init),
                                                  color: "#9467bd"))
            }
        }
        try plots.write(Multiplot(title: "Batch gradient descent with five learning rates", columns: 2,
                                  size: PlotSize(width: 1200, height: 500), panels: [
                                      LinePlot(title: "stable: the loss above its minimum, L − L*", xLabel: "step",
                                               yLabel: "L − L*", logY: true, series: rateCurves),
                                      LinePlot(title: "too large: the loss grows until it overflows", xLabel: "step",
                                               yLabel: "mean squared error", logY: true, legend: .bottomRight,
                                               series: divergingCurves),
                                  ]),
                        name: "learning-rates")

        // MARK: 3. Polynomial features and overfitting
        print("\n3. Polynomials of rising degree fitted to 12 noisy samples of sin(πx), judged on 48 others")
        let curve: (Float) -> Float = { Foundation.sin(Float.pi * $0) }
        let sample = noisySamples(count: 60, range: -1...1, noise: 0.25, using: &generator, curve: curve)
        let split = Dataset(inputs: sample.x, targets: sample.y).split(validationFraction: 0.8, using: &generator)
        let test = noisySamples(count: 500, range: -1...1, noise: 0.25, using: &generator, curve: curve)
        let maximumDegree = 9
        var trainErrors: [Double] = [], validationErrors: [Double] = []
        var fits: [LineSeries] = []
        let grid = Tensor((0...200).map { -1 + Float($0) / 100 })
        for degree in 1...maximumDegree {
            let model = try fitRidgeClosedForm(inputs: polynomialFeatures(split.train.inputs, degree: degree),
                                               targets: split.train.targets)
            let trainError = regression.meanSquaredError(model.predict(polynomialFeatures(split.train.inputs, degree: degree)),
                                              targets: split.train.targets)
            let validationError = regression.meanSquaredError(
                model.predict(polynomialFeatures(split.validation.inputs, degree: degree)),
                targets: split.validation.targets)
            trainErrors.append(Double(trainError))
            validationErrors.append(Double(validationError))
            print("   degree \(degree): training MSE \(fixed(trainError)), validation MSE \(fixed(validationError))")
            if [1, 3, maximumDegree].contains(degree) {
                fits.append(LineSeries(title: "degree \(degree)", xs: grid.scalars,
                                       ys: model.predict(polynomialFeatures(grid, degree: degree)).scalars))
            }
        }
        let bestDegree = validationErrors.indices.min { validationErrors[$0] < validationErrors[$1] }! + 1
        summary.add("best degree on validation", bestDegree)
        fits.append(LineSeries(title: "sin(πx)", xs: grid.scalars, ys: grid.scalars.map(curve), dash: .dashed))
        let degrees = (1...maximumDegree).map(Double.init)
        try plots.write(errorCurves(title: "Error against polynomial degree", xLabel: "degree", at: degrees,
                                    training: trainErrors, validation: validationErrors),
                        name: "degree-errors")
        try plots.write(ScatterPlot(title: "Polynomial fits to 12 training points", xLabel: "x", yLabel: "y",
                                    classes: [ScatterClass(label: "training points", xs: split.train.inputs.scalars,
                                                           ys: split.train.targets.scalars)],
                                    lines: fits, yRange: -2...2), name: "polynomial-fits")

        // MARK: 4. Ridge regression, λ chosen on the validation split
        print("\n4. Degree \(maximumDegree) with a ridge penalty (λ/2)‖w‖², λ chosen on the validation split")
        let lambdas: [Float] = (0...12).map { Foundation.pow(10, -6 + Float($0) / 2) }
        let trainFeatures = polynomialFeatures(split.train.inputs, degree: maximumDegree)
        let validationFeatures = polynomialFeatures(split.validation.inputs, degree: maximumDegree)
        var ridgeTrain: [Double] = [], ridgeValidation: [Double] = []
        var models: [LinearModel] = []
        for lambda in lambdas {
            let model = try fitRidgeClosedForm(inputs: trainFeatures, targets: split.train.targets, lambda: lambda)
            models.append(model)
            ridgeTrain.append(Double(regression.meanSquaredError(model.predict(trainFeatures), targets: split.train.targets)))
            ridgeValidation.append(Double(regression.meanSquaredError(model.predict(validationFeatures),
                                                           targets: split.validation.targets)))
            print("   λ = \(lambda): training MSE \(fixed(Float(ridgeTrain.last!))), validation MSE \(fixed(Float(ridgeValidation.last!)))")
        }
        let best = ridgeValidation.indices.min { ridgeValidation[$0] < ridgeValidation[$1] }!
        let testFeatures = polynomialFeatures(test.x, degree: maximumDegree)
        let unregularised = try fitRidgeClosedForm(inputs: trainFeatures, targets: split.train.targets)
        let testError = regression.meanSquaredError(models[best].predict(testFeatures), targets: test.y)
        let plainTestError = regression.meanSquaredError(unregularised.predict(testFeatures), targets: test.y)
        print("   best λ = \(lambdas[best]); test MSE \(fixed(testError)) against \(fixed(plainTestError)) without the penalty "
              + "(the noise alone gives 0.0625)")
        summary.add("best lambda", lambdas[best], decimals: 6)
        summary.add("test mse at best lambda", testError)
        summary.add("test mse without penalty", plainTestError)
        let lambdaAxis = lambdas.map(Double.init)
        try plots.write(errorCurves(title: "Ridge: error against λ (degree \(maximumDegree))", xLabel: "λ", at: lambdaAxis,
                                    training: ridgeTrain, validation: ridgeValidation, logX: true),
                        name: "ridge-validation")
        try plots.write(ScatterPlot(title: "Degree \(maximumDegree) with and without the ridge penalty", xLabel: "x", yLabel: "y",
                                    classes: [ScatterClass(label: "training points", xs: split.train.inputs.scalars,
                                                           ys: split.train.targets.scalars)],
                                    lines: [LineSeries(title: "λ = 0", xs: grid.scalars,
                                                       ys: unregularised.predict(polynomialFeatures(grid, degree: maximumDegree)).scalars),
                                            LineSeries(title: "λ = \(lambdas[best])", xs: grid.scalars,
                                                       ys: models[best].predict(polynomialFeatures(grid, degree: maximumDegree)).scalars),
                                            LineSeries(title: "sin(πx)", xs: grid.scalars, ys: grid.scalars.map(curve),
                                                       dash: .dashed)],
                                    yRange: -2...2), name: "ridge-fit")

        plots.printNote()
        summary.print()
    }
}

/// Training and validation error against a setting (a degree, a λ), on a log error axis.
func errorCurves(title: String, xLabel: String, at xs: [Double], training: [Double], validation: [Double],
                 logX: Bool = false) -> LinePlot {
    LinePlot(title: title, xLabel: xLabel, yLabel: "mean squared error", logX: logX, logY: true, integerX: !logX,
             series: [LineSeries(title: "training", xs: xs, ys: training, style: .linesPoints),
                      LineSeries(title: "validation", xs: xs, ys: validation, style: .linesPoints)])
}

/// A number with four decimals, for the narrative lines.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }
