// Polynomial features turn a straight-line model into a curve-fitting one: the model is
// still linear in its weights, so everything about linear regression still applies.

/// The powers x, x², …, x^degree of each element of x [n], as the columns of an
/// [n, degree] matrix (the constant column is the model's bias).
public func polynomialFeatures(_ x: Tensor, degree: Int) -> Tensor {
    precondition(x.rank == 1, "polynomialFeatures: x must be a vector, got shape \(x.shape)")
    precondition(degree >= 1, "polynomialFeatures: the degree must be at least 1, got \(degree)")
    var out = Tensor.zeros([x.count, degree])
    x.withUnsafeScalars { px in
        out.withUnsafeMutableScalars { po in
            for i in 0..<px.count {
                var power: Float = 1
                for j in 0..<degree {
                    power *= px[i]
                    po[i * degree + j] = power
                }
            }
        }
    }
    return out
}

/// Noisy samples of a curve: x drawn uniformly from `range`, y = curve(x) + N(0, noise²).
/// Returns x [n] and y [n].
public func noisySamples(count: Int, range: ClosedRange<Float>, noise: Float,
                         using generator: inout SeededGenerator,
                         curve: (Float) -> Float) -> (x: Tensor, y: Tensor) {
    var xs: [Float] = [], ys: [Float] = []
    for _ in 0..<count {
        let x = generator.uniform(range.lowerBound, range.upperBound)
        xs.append(x)
        ys.append(curve(x) + generator.normal(mean: 0, standardDeviation: noise))
    }
    return (Tensor(xs), Tensor(ys))
}
