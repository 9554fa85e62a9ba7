// The sigmoid and tanh of eight numbers at once, for the LSTM's gate loop. A call to the C
// library's expf per element is scalar and costs more than the gate's arithmetic, so the
// exponential is computed here the way a C library does it, in SIMD lanes:
//   e^x = 2^k · e^r, with k = round(x / ln 2) and r = x − k ln 2 in [−ln 2/2, ln 2/2],
// e^r by a polynomial (Cephes' expf coefficients, error below 2 ulp), 2^k by writing k into
// the float's exponent bits. Notes: chapters/08-recurrent-networks/README.md, section 10.

/// e^x in eight lanes; x is clamped to [−87.3, 88.3], where e^x stays a normal Float.
@inline(__always)
func exponential(_ x: SIMD8<Float>) -> SIMD8<Float> {
    // `clamped` calls a generic function per vector that the optimiser does not inline here.
    var x = x
    x.replace(with: SIMD8(repeating: -87.3), where: x .< -87.3)
    x.replace(with: SIMD8(repeating: 88.3), where: x .> 88.3)
    // Adding 1.5 · 2²³ rounds x / ln 2 to a whole number k, which then sits in the low bits.
    let shifter = SIMD8<Float>(repeating: 12_582_912)
    let shifted = x * 1.442_695_04 + shifter
    let k = shifted - shifter
    let r = x - k * 0.693_359_375 + k * 2.121_944_4e-4       // x − k ln 2, ln 2 in two parts
    var p = SIMD8<Float>(repeating: 1.987_569_15e-4)
    p = p * r + 1.398_199_95e-3
    p = p * r + 8.333_451_9e-3
    p = p * r + 4.166_579_59e-2
    p = p * r + 0.166_666_655
    p = p * r + 0.500_000_01
    p = p * r * r + r + 1
    // 2^k: k + 127 in the exponent field. The shifted float's bits are 0x4B40_0000 + k.
    let bits = (unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000 &+ 127) &<< 23
    return p * unsafeBitCast(bits, to: SIMD8<Float>.self)
}

/// σ(x) = 1 / (1 + e^−x) in eight lanes.
@inline(__always)
func sigmoid(_ x: SIMD8<Float>) -> SIMD8<Float> { 1 / (1 + exponential(-x)) }

/// tanh(x) = 1 − 2 / (e^{2x} + 1) in eight lanes (the absolute error stays near 1e-7, also near 0).
@inline(__always)
func tanh(_ x: SIMD8<Float>) -> SIMD8<Float> { 1 - 2 / (exponential(x + x) + 1) }
