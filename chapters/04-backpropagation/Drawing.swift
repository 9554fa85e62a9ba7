// Chapter 04's pictures.
import Backpropagation
import CourseRuntime
import Foundation
import Gnuplot

/// The six activations and their derivatives, side by side.
func activationPlot() -> Multiplot {
    let xs = (0...160).map { -4 + Float($0) / 20 }
    let kinds: [(String, (Float) -> Float, (Float, Float) -> Float)] = [
        ("sigmoid", Sigmoid.value, Sigmoid.derivative), ("tanh", Tanh.value, Tanh.derivative),
        ("ReLU", ReLU.value, ReLU.derivative), ("leaky ReLU (0.01)", LeakyReLU.value, LeakyReLU.derivative),
        ("ELU", ELU.value, ELU.derivative), ("softplus", Softplus.value, Softplus.derivative),
    ]
    var valueSeries: [LineSeries] = [], derivativeSeries: [LineSeries] = []
    for (name, f, derivative) in kinds {
        let ys: [Float] = xs.map(f)
        let slopes: [Float] = zip(xs, ys).map { derivative($0, $1) }
        valueSeries.append(LineSeries(title: name, xs: xs, ys: ys))
        derivativeSeries.append(LineSeries(title: name, xs: xs, ys: slopes))
    }
    let values = LinePlot(title: "f(x)", xLabel: "x", yLabel: "f(x)", yRange: -1.5...4, legend: .topLeft,
                          series: valueSeries)
    let derivatives = LinePlot(title: "f′(x)", xLabel: "x", yLabel: "f′(x)", yRange: -0.1...1.2, legend: .topLeft,
                               series: derivativeSeries)
    return Multiplot(title: "Activations and their derivatives", columns: 2, size: PlotSize(width: 1100, height: 450),
                     panels: [values, derivatives])
}

/// The XOR network's regions over the unit square, with the four corners.
func xorRegion(_ network: Sequential) -> ScatterPlot {
    let resolution = 60
    let step: Float = 2 / Float(resolution - 1)
    var corners: [Float] = []
    for i in 0..<resolution {
        for j in 0..<resolution { corners += [-0.5 + step * Float(j), -0.5 + step * Float(i)] }
    }
    let scores = network.forward(Tensor(shape: [resolution * resolution, 2], scalars: corners)).reshaped([-1])
    var values: [[Double]] = []
    for i in 0..<resolution {
        let row: [Double] = (0..<resolution).map { j in scores[i * resolution + j] > 0 ? 1 : 0 }
        values.append(row)
    }
    let table = LogicGate.xor.truthTable
    let classes = [(Float(-1), "false"), (Float(1), "true")].map { label, title in
        let rows = (0..<4).filter { table.labels[$0] == label }
        return ScatterClass(label: title, xs: rows.map { table.inputs[$0, 0] }, ys: rows.map { table.inputs[$0, 1] })
    }
    return ScatterPlot(title: "XOR: the 2-2-1 network's regions (two lines, one per hidden unit)", xLabel: "x₁",
                       yLabel: "x₂", classes: classes,
                       region: DecisionRegion(xRange: -0.5...1.5, yRange: -0.5...1.5, values: values),
                       xRange: -0.5...1.5, yRange: -0.5...1.5, pointSize: 2)
}


/// A number with four decimals.
func fixed(_ value: Float) -> String { NumberFormat.fixed(value, decimals: 4) }
