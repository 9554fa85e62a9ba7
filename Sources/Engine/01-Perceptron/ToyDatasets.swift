// Small two-dimensional problems on which a single neuron can be watched learning.

/// A two-class problem: inputs [n, 2] and labels [n] of −1 or +1.
public struct LabelledPoints: Sendable {
    public var inputs: Tensor
    public var labels: Tensor
    public init(inputs: Tensor, labels: Tensor) {
        checkLabelledData(inputs: inputs, labels: labels, operation: "LabelledPoints")
        self.inputs = inputs
        self.labels = labels
    }
}

/// The Boolean functions of two inputs, on the corners of the unit square.
public enum LogicGate: String, CaseIterable, Sendable {
    case and = "AND", or = "OR", xor = "XOR"

    /// The four corners (0,0), (0,1), (1,0), (1,1) with label +1 where the gate is true.
    public var truthTable: LabelledPoints {
        let corners: [[Float]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
        let truth: [Bool] = corners.map { corner in
            let (a, b) = (corner[0] == 1, corner[1] == 1)
            switch self {
            case .and: return a && b
            case .or: return a || b
            case .xor: return a != b
            }
        }
        return LabelledPoints(inputs: Tensor(corners), labels: Tensor(truth.map { $0 ? 1 : -1 }))
    }
}

/// Two round Gaussian clouds of `countPerClass` points each, centred at `negativeCentre`
/// (label −1) and `positiveCentre` (label +1), with the given spread, rows interleaved.
public func gaussianBlobs(countPerClass: Int, negativeCentre: (Float, Float) = (-1, -1),
                          positiveCentre: (Float, Float) = (1, 1), spread: Float = 0.5,
                          using generator: inout SeededGenerator) -> LabelledPoints {
    var points: [[Float]] = []
    var labels: [Float] = []
    for _ in 0..<countPerClass {
        for (label, centre) in [(Float(-1), negativeCentre), (Float(1), positiveCentre)] {
            points.append([generator.normal(mean: centre.0, standardDeviation: spread),
                           generator.normal(mean: centre.1, standardDeviation: spread)])
            labels.append(label)
        }
    }
    return LabelledPoints(inputs: Tensor(points), labels: Tensor(labels))
}

/// Two Gaussian clouds as `gaussianBlobs` draws them, keeping only the points at least
/// `margin` from the perpendicular bisector of the two centres, each on its own class's side:
/// data that line separates with a margin of at least `margin`, as the perceptron's
/// convergence theorem asks. Points are drawn until each class has `countPerClass`; rows
/// interleaved. The line is w · x + b = 0 with w = positiveCentre − negativeCentre and
/// b = −w · (negativeCentre + positiveCentre)/2.
public func separableBlobs(countPerClass: Int, negativeCentre: (Float, Float), positiveCentre: (Float, Float),
                           spread: Float, margin: Float, using generator: inout SeededGenerator) -> LabelledPoints {
    let w = (positiveCentre.0 - negativeCentre.0, positiveCentre.1 - negativeCentre.1)
    let b = -(w.0 * (negativeCentre.0 + positiveCentre.0) + w.1 * (negativeCentre.1 + positiveCentre.1)) / 2
    let norm = (w.0 * w.0 + w.1 * w.1).squareRoot()
    // Each centre lies ‖w‖/2 from the line: a margin beyond that would reject most draws.
    precondition(countPerClass > 0 && spread > 0 && margin >= 0 && margin < norm / 2,
                 "separableBlobs: needs a positive count and spread, and 0 ≤ margin < half the distance "
                 + "between the centres (got \(countPerClass), \(spread), \(margin), distance \(norm))")
    var points: [[Float]] = []
    var labels: [Float] = []
    for _ in 0..<countPerClass {
        for (label, centre) in [(Float(-1), negativeCentre), (Float(1), positiveCentre)] {
            while true {
                let point = [generator.normal(mean: centre.0, standardDeviation: spread),
                             generator.normal(mean: centre.1, standardDeviation: spread)]
                // The signed distance of the point from the line, towards its class.
                if label * (w.0 * point[0] + w.1 * point[1] + b) / norm >= margin {
                    points.append(point)
                    labels.append(label)
                    break
                }
            }
        }
    }
    return LabelledPoints(inputs: Tensor(points), labels: Tensor(labels))
}
