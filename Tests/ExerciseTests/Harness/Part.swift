// What a part's checks use to compare the learner's results with the engine's and to
// say precisely what differs: which function, which shape, which value or gradient
// entry, how far off, and the usual mistake that fits the numbers.
import ExerciseSupport
import LinearRegression
import Testing

/// One exercise part under test.
struct Part {
    /// The part, as in "2.3".
    let id: String
    /// The function the learner implements, as written in the stub.
    let function: String
    /// The learner's file.
    let file: String

    /// A prefix for every message: `Exercise 2.3, meanSquaredErrorGradient:`.
    var name: String { "Exercise \(id), \(function)" }

    /// True, after recording why, when a learner's stub ran instead of an implementation:
    /// this part's own, or that of an earlier part it builds on.
    func isNotImplemented() throws -> Bool {
        let stubs = try stubsCalled()
        guard !stubs.isEmpty else { return false }
        let message = stubs.contains(id)
            ? "Exercise \(id) is not implemented yet: fill in \(function) in \(file) "
                + "(replace the `notImplemented(\"\(id)\", …)` line)."
            : "Exercise \(id) uses your part \(stubs.joined(separator: ", ")), which is not implemented yet: "
                + "write that part first (or write \(function) without it)."
        fail(message, named: false)
        return true
    }

    /// Records a failure with this part's name in front (in the test process only: in
    /// the child, where the learner's code runs, nothing is judged).
    func fail(_ message: String, named: Bool = true) {
        guard !isRecording else { return }
        Issue.record(Comment(rawValue: named ? "\(name): \(message)" : message))
    }

    /// Says something beside the verdict that is not part of it (exercise 10's speeds): printed for
    /// `swift test`, and attached to the test as `note.txt` for `course check`, which prints it
    /// under the part. In the test process only, like `fail`.
    func note(_ message: String) {
        guard !isRecording else { return }
        print("Exercise \(id): \(message)")
        Attachment.record(message, named: "note.txt")
    }

    /// Expects `actual` to equal `expected` within `tolerance` (relative, with an absolute
    /// floor of `tolerance` for values near zero). `mistakes` are wrong answers the check
    /// computed itself, each with what explains it: the one `actual` matches is named.
    @discardableResult
    func expectNumber(_ actual: Float, _ expected: Float, _ what: String, tolerance: Float = 1e-4,
                      batchSize: Int? = nil, mistakes: [(answer: Float, explanation: String)] = []) -> Bool {
        let error = Swift.abs(actual - expected) / Swift.max(Swift.abs(expected), 1)
        guard actual.isFinite, error <= tolerance else {
            var message = "\(what) is \(actual), expected \(expected) (relative error \(error), tolerance \(tolerance))"
            if let mistake = mistakes.first(where: { Swift.abs(actual - $0.answer) <= tolerance * Swift.max(Swift.abs($0.answer), 1) }) {
                message += ". " + mistake.explanation
            } else if let mistake = likelyMistake(actual: Tensor([actual]), expected: Tensor([expected]), batchSize: batchSize) {
                message += ". " + mistake
            }
            fail(message)
            return false
        }
        return true
    }

    /// Expects `actual` to have `expected`'s shape and values within `tolerance`. `mistakes`
    /// are wrong answers the check computed itself, each with what explains it: the one
    /// `actual` matches is named.
    @discardableResult
    func expectTensor(_ actual: Tensor, _ expected: Tensor, _ what: String, tolerance: Float = 1e-4,
                      batchSize: Int? = nil, mistakes: [(answer: Tensor, explanation: String)] = []) -> Bool {
        guard actual.shape == expected.shape else {
            var message = "\(what) has shape \(actual.shape), expected \(expected.shape)"
            if actual.rank == 2 && expected.rank == 2 && actual.shape == expected.shape.reversed() {
                message += ": that is the transposed shape; check which operand of the product is transposed"
            } else if actual.count == expected.count {
                message += " (same number of elements: a reshape is missing, or an axis is wrong)"
            }
            fail(message)
            return false
        }
        var worst = 0
        var worstError: Float = -1
        for i in 0..<actual.count {
            let (a, e) = (actual[flat: i], expected[flat: i])
            let error = a.isFinite ? Swift.abs(a - e) / Swift.max(Swift.abs(e), 1) : .infinity
            if error > worstError { (worst, worstError) = (i, error) }
        }
        guard worstError > tolerance else { return true }
        var message = "\(what) differs at \(position(of: worst, in: actual.shape)): \(actual[flat: worst]) "
            + "instead of \(expected[flat: worst]) (relative error \(worstError), tolerance \(tolerance))"
        if let mistake = mistakes.first(where: { $0.answer.shape == actual.shape && agrees(actual, $0.answer, tolerance) }) {
            message += ". " + mistake.explanation
        } else if let mistake = likelyMistake(actual: actual, expected: expected, batchSize: batchSize) {
            message += ". " + mistake
        }
        fail(message)
        return false
    }

    /// Expects an analytic gradient to match central finite differences of `loss` at `point`.
    @discardableResult
    func expectGradient(_ analytic: Tensor, of loss: (Tensor) -> Float, at point: Tensor, _ what: String,
                        batchSize: Int? = nil, mistakes: [(answer: Tensor, explanation: String)] = []) -> Bool {
        expectGradient(analytic, of: { Double(loss($0)) }, at: point, what, batchSize: batchSize, mistakes: mistakes)
    }

    /// The same, with a reference loss evaluated in double precision. Such a loss allows a
    /// smaller `step`, whose central differences carry less truncation error where the loss
    /// curves strongly (tanh and σ in chapter 08's cells).
    @discardableResult
    func expectGradient(_ analytic: Tensor, of loss: (Tensor) -> Double, at point: Tensor, _ what: String,
                        batchSize: Int? = nil, step: Float = 1e-2,
                        mistakes: [(answer: Tensor, explanation: String)] = []) -> Bool {
        guard analytic.shape == point.shape else {
            fail("\(what) has shape \(analytic.shape), but the parameter it belongs to has shape \(point.shape)")
            return false
        }
        let numerical = numericalGradient(of: loss, at: point, step: step)
        let comparison = compareGradients(analytic: analytic, numerical: numerical)
        guard comparison.passes() else {
            var message = "\(what) disagrees with central finite differences at "
                + "\(position(of: comparison.worstIndex, in: point.shape)): analytic \(comparison.analytic), "
                + "numerical \(comparison.numerical) (relative error \(comparison.relativeError), tolerance 2e-3)"
            if let mistake = mistakes.first(where: { $0.answer.shape == analytic.shape && agrees(analytic, $0.answer, 1e-4) }) {
                message += ". " + mistake.explanation
            } else if let mistake = likelyMistake(actual: analytic, expected: numerical, batchSize: batchSize) {
                message += ". " + mistake
            }
            fail(message)
            return false
        }
        return true
    }
}

/// Whether every entry of `actual` is within `tolerance` of `expected`'s (relative, with an
/// absolute floor near zero).
func agrees(_ actual: Tensor, _ expected: Tensor, _ tolerance: Float) -> Bool {
    (0..<actual.count).allSatisfy { i in
        Swift.abs(actual[flat: i] - expected[flat: i]) <= tolerance * Swift.max(Swift.abs(expected[flat: i]), 1)
    }
}

/// `[i, j]` for flat index `index` in a tensor of `shape`.
func position(of index: Int, in shape: [Int]) -> String {
    var remainder = index
    var indices = [Int](repeating: 0, count: shape.count)
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        indices[axis] = remainder % shape[axis]
        remainder /= shape[axis]
    }
    return shape.isEmpty ? "the value" : "index \(indices)"
}

/// A common mistake that explains the numbers, if one does: a flipped sign, a factor of 2,
/// a missing or extra division by the batch size, a transpose.
func likelyMistake(actual: Tensor, expected: Tensor, batchSize: Int?) -> String? {
    if actual.rank == 2, actual.shape == expected.shape, actual.shape[0] == actual.shape[1],
       abs(actual.transposed() - expected).max() <= 1e-4 * Swift.max(abs(expected).max(), 1), actual != expected {
        return "It is the transpose of the expected matrix"
    }
    // The scale s that best maps expected onto actual, and whether it explains everything.
    let expectedNorm = expected.squared().sum()
    guard expectedNorm > 0, actual.isFinite else { return nil }
    let scale = dot(actual, expected) / expectedNorm
    let residual = (actual - scale * expected).squared().sum()
    guard residual <= 1e-6 * Swift.max(actual.squared().sum(), expectedNorm) else { return nil }
    func near(_ value: Float) -> Bool { Swift.abs(scale - value) <= 1e-3 * Swift.abs(value) }
    if near(-1) { return "It is exactly the negative of the expected value: a sign is flipped (ŷ − y against y − ŷ?)" }
    if near(2) { return "It is exactly twice the expected value: a factor of 2 too many" }
    if near(0.5) { return "It is exactly half the expected value: the derivative of r² is 2r, not r" }
    if let n = batchSize.map(Float.init), n > 1 {
        if near(n) { return "It is exactly n = \(Int(n)) times the expected value: divide by the number of examples n" }
        if near(1 / n) { return "It is exactly 1/n = 1/\(Int(n)) of the expected value: you divided by n once too often" }
    }
    return nil
}
