// Turning chapter 01's points, units and boundaries into plot data.
import Gnuplot
import Perceptron

/// The points of each class, as two scatter classes.
func pointClasses(_ data: LabelledPoints) -> [ScatterClass] {
    [(Float(-1), "label −1"), (Float(1), "label +1")].map { label, title in
        let rows = (0..<data.labels.count).filter { data.labels[$0] == label }
        return ScatterClass(label: title, xs: rows.map { data.inputs[$0, 0] }, ys: rows.map { data.inputs[$0, 1] })
    }
}

/// The line w₁x + w₂y + b = 0 across `x` (a vertical segment when w₂ is 0).
func boundaryLine(weights: Tensor, bias: Float, title: String, x: ClosedRange<Float>) -> LineSeries {
    let (w1, w2) = (weights[0], weights[1])
    if w2 == 0 {
        let at = w1 == 0 ? Float.nan : -bias / w1
        return LineSeries(title: title, xs: [at, at], ys: [x.lowerBound, x.upperBound])
    }
    let xs = [x.lowerBound, x.upperBound]
    return LineSeries(title: title, xs: xs, ys: xs.map { -(w1 * $0 + bias) / w2 })
}

func boundaryLine(of perceptron: PerceptronClassifier, title: String, x: ClosedRange<Float>) -> LineSeries {
    boundaryLine(weights: perceptron.weights, bias: perceptron.bias, title: title, x: x)
}

/// The perceptron's predicted class (0 for −1, 1 for +1) on a grid over the plane.
func decisionRegion(of perceptron: PerceptronClassifier, x: ClosedRange<Float>, y: ClosedRange<Float>,
                    resolution: Int = 100) -> DecisionRegion {
    let values: [[Double]] = (0..<resolution).map { i in
        let yi = y.lowerBound + (y.upperBound - y.lowerBound) * Float(i) / Float(resolution - 1)
        return (0..<resolution).map { j in
            let xj = x.lowerBound + (x.upperBound - x.lowerBound) * Float(j) / Float(resolution - 1)
            return perceptron.predict(Tensor([xj, yi])) > 0 ? 1 : 0
        }
    }
    return DecisionRegion(xRange: Double(x.lowerBound)...Double(x.upperBound),
                          yRange: Double(y.lowerBound)...Double(y.upperBound), values: values)
}
