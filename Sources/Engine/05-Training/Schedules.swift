// Learning-rate schedules: large steps early to move fast, small steps late to settle.

/// The learning rate for each epoch (counted from 1), from a base rate.
public enum LearningRateSchedule: Sendable, Equatable {
    /// The base rate throughout.
    case constant
    /// The base rate times `factor` after every `every` epochs: η·factor^⌊(epoch − 1)/every⌋.
    case step(every: Int, factor: Float)
    /// Half a cosine from the base rate down to `minimum` over `epochs` epochs:
    /// η_min + (η − η_min)(1 + cos(π (epoch − 1)/epochs))/2.
    case cosine(epochs: Int, minimum: Float)

    /// The rate in `epoch` (1, 2, …) for base rate `base`.
    public func rate(epoch: Int, base: Float) -> Float {
        precondition(epoch >= 1, "LearningRateSchedule: epochs count from 1, got \(epoch)")
        switch self {
        case .constant:
            return base
        case let .step(every, factor):
            var rate = base
            for _ in 0..<((epoch - 1) / Swift.max(every, 1)) { rate *= factor }
            return rate
        case let .cosine(epochs, minimum):
            let progress = Float(Swift.min(epoch - 1, epochs)) / Float(Swift.max(epochs, 1))
            return minimum + (base - minimum) * (1 + cosPi(progress)) / 2
        }
    }
}

/// cos(π x), from the polynomial below so that schedules are identical on every platform.
func cosPi(_ x: Float) -> Float {
    // cos(π x) = −cos(π (x − 1)); reduce to [−½, ½] and use a Taylor polynomial in Double.
    var t = Double(x).truncatingRemainder(dividingBy: 2)
    if t < 0 { t += 2 }
    var sign = 1.0
    if t > 1 { t = 2 - t }                 // cos is even about 1: cos(π(2 − t)) = cos(π t)
    if t > 0.5 { t = 1 - t; sign = -1 }    // cos(π(1 − t)) = −cos(π t)
    let y = Double.pi * t, y2 = y * y
    var term = 1.0, total = 0.0
    for k in 0..<12 {
        total += term
        term *= -y2 / Double((2 * k + 1) * (2 * k + 2))
    }
    return Float(sign * total)
}
