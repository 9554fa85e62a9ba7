// Softmax turns a row of k scores (logits) into k probabilities:
//   softmax(z)ⱼ = e^{zⱼ} / Σₗ e^{zₗ}.
// Adding a constant c to every logit leaves the result unchanged (e^c cancels), so each
// row's maximum is subtracted first: the largest exponent is then e⁰ = 1, nothing
// overflows, and the sum is at least 1. Notes: chapters/03-classification/README.md.
//
// Shapes: logits [n, k] (one row per example) or [k]; the result has the same shape.
import Foundation

extension Tensor {
    /// Calls `body` with each row (the last axis) of a tensor of rank 1 or 2 as a buffer
    /// and the matching row of `out`.
    func forEachRow(into out: inout Tensor, _ operation: String,
                    _ body: (UnsafeBufferPointer<Float>, UnsafeMutableBufferPointer<Float>) -> Void) {
        precondition(rank == 1 || rank == 2, "\(operation): needs logits of shape [k] or [n, k], got \(shape)")
        let k = shape[rank - 1]
        precondition(k > 0, "\(operation): there are no classes in shape \(shape)")
        let rows = count / k
        withUnsafeScalars { src in
            out.withUnsafeMutableScalars { dst in
                for i in 0..<rows {
                    body(UnsafeBufferPointer(rebasing: src[(i * k)..<((i + 1) * k)]),
                         UnsafeMutableBufferPointer(rebasing: dst[(i * k)..<((i + 1) * k)]))
                }
            }
        }
    }
}

/// The softmax of each row of `logits`: probabilities that sum to 1 along the last axis.
public func softmax(_ logits: Tensor) -> Tensor {
    var out = Tensor.zeros(logits.shape)
    logits.forEachRow(into: &out, "softmax") { row, result in
        let largest = row.max()!
        var total: Float = 0
        for j in 0..<row.count {
            result[j] = Foundation.exp(row[j] - largest)
            total += result[j]
        }
        for j in 0..<row.count { result[j] /= total }
    }
    return out
}

/// The log of the softmax of each row, computed as z − max − log Σ e^{z − max}, which is
/// exact where log(softmax(z)) would give log(0) = −∞ for a probability that underflows.
public func logSoftmax(_ logits: Tensor) -> Tensor {
    var out = Tensor.zeros(logits.shape)
    logits.forEachRow(into: &out, "logSoftmax") { row, result in
        let largest = row.max()!
        var total: Float = 0
        for j in 0..<row.count { total += Foundation.exp(row[j] - largest) }
        let logTotal = largest + Foundation.log(total)
        for j in 0..<row.count { result[j] = row[j] - logTotal }
    }
    return out
}
