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
