// Cross-entropy: the loss of a classifier that outputs probabilities.
// Derivation of its gradient: chapters/03-classification/README.md.
//
// Shapes: logits Z [n, k], labels y [n] (class indices), probabilities P = softmax(Z) [n, k],
// one-hot labels Y [n, k].
import Foundation

/// The mean cross-entropy L = −(1/n) Σᵢ log softmax(Zᵢ)[yᵢ], from logits (never from
/// probabilities, whose logarithm would be −∞ for an underflowed probability).
public func crossEntropy(logits: Tensor, labels: Tensor) -> Float {
    precondition(logits.rank == 2, "crossEntropy: logits must be [n, k], got shape \(logits.shape)")
    let (n, k) = (logits.shape[0], logits.shape[1])
    checkLabels(labels, classCount: k, rows: n, "crossEntropy")
    let logProbabilities = logSoftmax(logits)
    var total: Double = 0
    for i in 0..<n { total -= Double(logProbabilities[i, Int(labels[i])]) }
    return Float(total / Double(n))
}

/// The gradient of the mean cross-entropy with respect to the logits: (P − Y) / n, [n, k].
public func crossEntropyGradient(logits: Tensor, labels: Tensor) -> Tensor {
    precondition(logits.rank == 2, "crossEntropyGradient: logits must be [n, k], got shape \(logits.shape)")
    let n = logits.shape[0]
    checkLabels(labels, classCount: logits.shape[1], rows: n, "crossEntropyGradient")
    var gradient = softmax(logits)
    for i in 0..<n { gradient[i, Int(labels[i])] -= 1 }
    return gradient / Float(n)
}

/// The mean binary cross-entropy of scores s [n] against labels y [n] of 0 or 1:
/// L = (1/n) Σᵢ [log(1 + e^{sᵢ}) − yᵢ sᵢ], which equals −y log σ(s) − (1 − y) log(1 − σ(s)).
public func binaryCrossEntropy(scores: Tensor, labels: Tensor) -> Float {
    precondition(scores.rank == 1 && labels.shape == scores.shape,
                 "binaryCrossEntropy: scores \(scores.shape) and labels \(labels.shape) must both be [n]")
    checkLabels(labels, classCount: 2, "binaryCrossEntropy")
    var total: Double = 0
    for i in 0..<scores.count { total += Double(softplus(scores[i]) - labels[i] * scores[i]) }
    return Float(total / Double(scores.count))
}

/// The gradient of the mean binary cross-entropy with respect to the scores: (σ(s) − y) / n.
public func binaryCrossEntropyGradient(scores: Tensor, labels: Tensor) -> Tensor {
    precondition(scores.rank == 1 && labels.shape == scores.shape,
                 "binaryCrossEntropyGradient: scores \(scores.shape) and labels \(labels.shape) must both be [n]")
    return (sigmoid(scores) - labels) / Float(scores.count)
}
