// The two made-up tasks of chapter 08: adding numbers written as characters, as Krzakala and
// Baker's lecture teaches an LSTM to, and recalling a digit across distractors.
//
// Addition: read "34+14", answer "48". The question is padded with spaces to 5 characters, and
// three "=" follow it, one per answer character; the model answers at those three steps, the
// sum padded with spaces to 3 characters. Steps: 5 + 3 = 8.
//
// Recall: read a digit, then L other digits (distractors), then "?", and answer with the first
// digit. Only the last step has a target, L + 1 steps after the one that decides it.
//
// Shapes: inputs and targets [T, n]; a target of −1 marks a step without one.

/// Two-digit additions, written out as characters.
public enum AdditionTask {
    public static let vocabulary = Vocabulary(Array("0123456789+= "))
    public static let questionLength = 5, answerLength = 3
    public static var steps: Int { questionLength + answerLength }

    /// "34+14", padded with spaces to 5 characters.
    public static func question(_ a: Int, _ b: Int) -> String { padded("\(a)+\(b)", questionLength) }

    /// "48 ", padded with spaces to 3 characters.
    public static func answer(_ a: Int, _ b: Int) -> String { padded("\(a + b)", answerLength) }

    static func padded(_ text: String, _ length: Int) -> String {
        text + String(repeating: " ", count: Swift.max(0, length - text.count))
    }

    /// Every question a + b with a and b from 0 to 99, in order.
    public static var allQuestions: [(a: Int, b: Int)] { (0..<100).flatMap { a in (0..<100).map { (a, $0) } } }

    /// The inputs and targets of these questions: question, then "===" while answering.
    public static func batch(_ questions: [(a: Int, b: Int)]) -> (inputs: Tensor, targets: Tensor) {
        let n = questions.count, T = steps
        var inputs = [Float](repeating: 0, count: T * n), targets = [Float](repeating: -1, count: T * n)
        for (i, (a, b)) in questions.enumerated() {
            // The vocabulary holds every character these strings use.
            let read = try! vocabulary.encode(question(a, b) + String(repeating: "=", count: answerLength))
            let written = try! vocabulary.encode(answer(a, b))
            for t in 0..<T { inputs[t * n + i] = Float(read[t]) }
            for t in 0..<answerLength { targets[(questionLength + t) * n + i] = Float(written[t]) }
        }
        return (Tensor(shape: [T, n], scalars: inputs), Tensor(shape: [T, n], scalars: targets))
    }

    /// The answers the logits [T, n, k] give: the likeliest character at each answering step.
    public static func answers(logits: Tensor) -> [String] {
        let (n, k) = (logits.shape[1], logits.shape[2])
        return (0..<n).map { i in
            String((questionLength..<steps).map { t in
                let row = Array(logits.scalars[((t * n + i) * k)..<((t * n + i + 1) * k)])
                return vocabulary.characters[row.indices.max { row[$0] < row[$1] }!]
            })
        }
    }
}

/// Recall the first digit after L distractors.
public enum RecallTask {
    /// Tokens 0 to 9 are the digits, 10 is the query mark "?".
    public static let tokenCount = 11, query = 10

    /// n sequences: a digit, `distractors` random digits, "?"; the target of the last step is
    /// the first digit. Shapes: inputs and targets [distractors + 2, n].
    public static func batch(count n: Int, distractors: Int, using generator: inout SeededGenerator)
        -> (inputs: Tensor, targets: Tensor) {
        require(distractors >= 0, "RecallTask: the number of distractors must be 0 or more, got \(distractors)")
        let T = distractors + 2
        var inputs = [Float](repeating: Float(query), count: T * n), targets = [Float](repeating: -1, count: T * n)
        for i in 0..<n {
            let remembered = generator.nextInt(below: 10)
            inputs[i] = Float(remembered)
            for t in 1...Swift.max(1, distractors) where t <= distractors { inputs[t * n + i] = Float(generator.nextInt(below: 10)) }
            targets[(T - 1) * n + i] = Float(remembered)
        }
        return (Tensor(shape: [T, n], scalars: inputs), Tensor(shape: [T, n], scalars: targets))
    }
}
