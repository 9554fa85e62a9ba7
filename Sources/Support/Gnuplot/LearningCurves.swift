/// Loss and accuracy per epoch, training against validation, as two panels side by side:
/// the figure every chapter that trains a classifier draws.
extension Multiplot {
    /// A missing validation value (NaN) leaves a gap in its curve.
    public static func learningCurves(title: String, epochs: [Double],
                                      trainingLoss: [Double], validationLoss: [Double],
                                      trainingAccuracy: [Double], validationAccuracy: [Double]) -> Multiplot {
        func panel(_ name: String, legend: LegendPosition, training: [Double], validation: [Double]) -> LinePlot {
            LinePlot(title: name, xLabel: "epoch", yLabel: name, integerX: true, legend: legend, series: [
                LineSeries(title: "training (during the epoch)", xs: epochs, ys: training, style: .linesPoints),
                LineSeries(title: "validation", xs: epochs, ys: validation, style: .linesPoints),
            ])
        }
        return Multiplot(title: title, columns: 2, size: PlotSize(width: 1100, height: 450), panels: [
            panel("cross-entropy", legend: .topRight, training: trainingLoss, validation: validationLoss),
            panel("accuracy", legend: .bottomRight, training: trainingAccuracy, validation: validationAccuracy),
        ])
    }

    /// The same from a history's columns, as the engine's `[EpochRecord].columns` gives them.
    public static func learningCurves(title: String, _ columns: (epochs: [Double], trainingLoss: [Double],
                                                                 validationLoss: [Double], trainingAccuracy: [Double],
                                                                 validationAccuracy: [Double])) -> Multiplot {
        learningCurves(title: title, epochs: columns.epochs, trainingLoss: columns.trainingLoss,
                       validationLoss: columns.validationLoss, trainingAccuracy: columns.trainingAccuracy,
                       validationAccuracy: columns.validationAccuracy)
    }
}
