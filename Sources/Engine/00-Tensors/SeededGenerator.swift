// A random generator that gives the same numbers for the same seed on every machine
// and every Swift version. Swift's SystemRandomNumberGenerator cannot be seeded, and
// the standard library's `shuffle` and `random(in:)` may change their algorithms
// between releases, so the course draws every random number here.
//
// Bits: xoshiro256** (Blackman and Vigna), seeded through SplitMix64.
// Uniform floats: the top 24 bits, scaled by 2⁻²⁴.
// Normal floats: Marsaglia's polar method. It needs a logarithm, and libm's `log` may
// round differently on another system, so `portableLog` computes it with + − × ÷ and
// the square root only, which IEEE 754 rounds identically everywhere.

/// A seeded pseudo-random generator: same seed, same sequence, on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)
    /// The second normal number of the last polar-method pair, kept for the next call.
    private var spareNormal: Double?

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = state.3 << 45 | state.3 >> 19
        return result
    }

    /// A uniform number in [0, 1), on a grid of 2⁻²⁴.
    public mutating func nextUniform() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A uniform number in [low, high).
    public mutating func uniform(_ low: Float, _ high: Float) -> Float {
        low + (high - low) * nextUniform()
    }

    /// A number drawn from the normal distribution N(mean, standardDeviation²).
    public mutating func normal(mean: Float = 0, standardDeviation: Float = 1) -> Float {
        mean + standardDeviation * Float(nextStandardNormal())
    }

    /// A standard normal number, by Marsaglia's polar method: draw (u, v) uniformly in
    /// the unit disc; then u·√(−2 ln s / s) and v·√(−2 ln s / s), s = u² + v², are two
    /// independent standard normals.
    mutating func nextStandardNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = Double(next() >> 11) * 0x1p-52 - 1
            let v = Double(next() >> 11) * 0x1p-52 - 1
            let s = u * u + v * v
            guard s > 0 && s < 1 else { continue }
            let factor = (-2 * portableLog(s) / s).squareRoot()
            spareNormal = v * factor
            return u * factor
        }
    }

    /// A uniform integer in 0..<upperBound, without modulo bias (Lemire's method).
    public mutating func nextInt(below upperBound: Int) -> Int {
        require(upperBound > 0, "nextInt(below:): the bound must be positive, got \(upperBound)")
        let bound = UInt64(upperBound)
        let threshold = (0 &- bound) % bound
        while true {
            let (high, low) = next().multipliedFullWidth(by: bound)
            if low >= threshold { return Int(high) }
        }
    }

    /// A random permutation of 0..<count (Fisher–Yates).
    public mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        shuffle(&order)
        return order
    }

    /// Shuffles `array` in place (Fisher–Yates), reproducibly.
    public mutating func shuffle<Element>(_ array: inout [Element]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, nextInt(below: i + 1))
        }
    }
}

/// The natural logarithm of a positive, finite `x`, from basic arithmetic only, so the
/// result is bit-for-bit the same on every IEEE 754 machine.
///
/// x = m · 2ᵉ with m in [√½, √2); then ln x = e·ln 2 + 2·atanh(z), z = (m − 1)/(m + 1),
/// and atanh(z) = z + z³/3 + z⁵/5 + …; |z| < 0.172 makes 14 terms exact to the last bit.
func portableLog(_ x: Double) -> Double {
    require(x > 0 && x.isFinite, "portableLog: needs a positive finite number, got \(x)")
    var exponent = Double(x.exponent)
    var mantissa = x.significand            // in [1, 2)
    if mantissa > 1.4142135623730951 {
        mantissa /= 2
        exponent += 1
    }
    let z = (mantissa - 1) / (mantissa + 1)
    let z2 = z * z
    var term = z, series = 0.0
    for k in 0..<14 {
        series += term / Double(2 * k + 1)
        term *= z2
    }
    return exponent * 0.6931471805599453 + 2 * series
}
