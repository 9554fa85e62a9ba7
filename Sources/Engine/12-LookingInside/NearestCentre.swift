// How well a set of points in a plane (or any space) keeps its classes apart, as one number: give
// each point the class whose centre, the mean of that class's points, lies nearest, and count how
// often that is its own class. It measures what a picture of the points shows (chapter 12's
// features on two principal components, chapter 13's codes), and nothing subtler: a class that
// wraps around another scores badly however separate it is.
//
// Shapes: points [n, d], labels [n].

/// The fraction of `points` [n, d] whose nearest class centre is their own class's.
public func nearestCentreAccuracy(_ points: Tensor, labels: [Int]) -> Float {
    require(points.rank == 2 && points.shape[0] == labels.count && !labels.isEmpty,
            "nearestCentreAccuracy: needs points [n, d] and n labels, got \(points.shape) and \(labels.count)")
    let d = points.shape[1]
    let classes = Set(labels).sorted()
    let centres = classes.map { k -> [Float] in
        let rows = labels.indices.filter { labels[$0] == k }
        return (0..<d).map { j in rows.reduce(0) { $0 + points[$1, j] } / Float(rows.count) }
    }
    let right = labels.indices.filter { i in
        let distances = centres.map { centre in (0..<d).reduce(Float(0)) { $0 + (centre[$1] - points[i, $1]) * (centre[$1] - points[i, $1]) } }
        return classes[distances.indices.min { distances[$0] < distances[$1] }!] == labels[i]
    }
    return Float(right.count) / Float(labels.count)
}
