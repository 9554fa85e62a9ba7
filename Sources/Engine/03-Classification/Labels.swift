// Class labels are whole numbers 0 ..< k stored in a Float tensor of shape [n].

/// Stops with a clear message unless `labels` is a vector of whole numbers in 0 ..< classCount.
public func checkLabels(_ labels: Tensor, classCount: Int, rows: Int? = nil, _ operation: String) {
    precondition(labels.rank == 1, "\(operation): labels must be a vector [n] of class indices, got shape \(labels.shape)")
    if let rows {
        precondition(labels.count == rows, "\(operation): \(rows) rows of scores but \(labels.count) labels")
    }
    for (i, label) in labels.scalars.enumerated() {
        precondition(label >= 0 && label < Float(classCount) && label == label.rounded(),
                     "\(operation): label \(label) at row \(i) is outside the class range 0..<\(classCount)")
    }
}

/// One-hot rows: row i is all zeros except a 1 in column labels[i]. Shape [n, classCount].
public func oneHot(_ labels: Tensor, classCount: Int) -> Tensor {
    checkLabels(labels, classCount: classCount, "oneHot")
    var out = Tensor.zeros([labels.count, classCount])
    for (i, label) in labels.scalars.enumerated() { out[i, Int(label)] = 1 }
    return out
}
