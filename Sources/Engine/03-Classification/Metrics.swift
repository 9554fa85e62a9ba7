// How often a classifier is right, and where it is wrong.

/// The fraction of rows of `scores` [n, k] whose largest entry is at the label's column.
public func accuracy(scores: Tensor, labels: Tensor) -> Float {
    precondition(scores.rank == 2, "accuracy: scores must be [n, k], got shape \(scores.shape)")
    checkLabels(labels, classCount: scores.shape[1], rows: scores.shape[0], "accuracy")
    let predicted = scores.argmax(alongAxis: 1)
    var correct = 0
    for i in 0..<labels.count where predicted[i] == labels[i] { correct += 1 }
    return Float(correct) / Float(Swift.max(labels.count, 1))
}

/// counts[actual][predicted]: how many examples of each class went to each prediction.
public func confusionMatrix(predicted: Tensor, labels: Tensor, classCount: Int) -> [[Int]] {
    checkLabels(labels, classCount: classCount, "confusionMatrix")
    checkLabels(predicted, classCount: classCount, rows: labels.count, "confusionMatrix")
    var counts = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: classCount)
    for i in 0..<labels.count { counts[Int(labels[i])][Int(predicted[i])] += 1 }
    return counts
}

