// The sigmoid and tanh of sixteen numbers at once, for the LSTM's gate loop. A call to the C
// library's expf per element is scalar and costs more than the gate's arithmetic, so the
// exponential is computed here the way a C library does it, in SIMD lanes:
//   e^x = 2^k · e^r, with k = round(x / ln 2) and r = x − k ln 2 in [−ln 2/2, ln 2/2],
// e^r by a polynomial (Cephes' expf coefficients, error below 2 ulp), 2^k by writing k into
// the float's exponent bits. Sixteen floats are one AVX-512 register, two AVX2 ones or four
// SSE ones. Notes: chapters/10-making-it-fast/README.md, section 7.

/// e^x in sixteen lanes; x is clamped to [−87.3, 88.3], where e^x stays a normal Float.
@inline(always)
package func exponential(_ x: SIMD16<Float>) -> SIMD16<Float> {
    // `clamped` calls a generic function per vector that the optimiser does not inline here.
    var x = x
    x.replace(with: SIMD16(repeating: -87.3), where: x .< -87.3)
    x.replace(with: SIMD16(repeating: 88.3), where: x .> 88.3)
    // Adding 1.5 · 2²³ rounds x / ln 2 to a whole number k, which then sits in the low bits.
    let shifter = SIMD16<Float>(repeating: 12_582_912)
    let shifted = x * 1.442_695_04 + shifter
    let k = shifted - shifter
    let r = x - k * 0.693_359_375 + k * 2.121_944_4e-4       // x − k ln 2, ln 2 in two parts
    var p = SIMD16<Float>(repeating: 1.987_569_15e-4)
    p = p * r + 1.398_199_95e-3
    p = p * r + 8.333_451_9e-3
    p = p * r + 4.166_579_59e-2
    p = p * r + 0.166_666_655
    p = p * r + 0.500_000_01
    p = p * r * r + r + 1
    // 2^k: k + 127 in the exponent field. The shifted float's bits are 0x4B40_0000 + k.
    let bits = (unsafeBitCast(shifted, to: SIMD16<Int32>.self) &- 0x4B40_0000 &+ 127) &<< 23
    return p * unsafeBitCast(bits, to: SIMD16<Float>.self)
}

/// σ(x) = 1 / (1 + e^−x) in sixteen lanes.
@inline(always)
package func sigmoid(_ x: SIMD16<Float>) -> SIMD16<Float> { 1 / (1 + exponential(-x)) }

/// tanh(x) = 1 − 2 / (e^{2x} + 1) in sixteen lanes (the absolute error stays near 1e-7, also near 0).
@inline(always)
package func tanh(_ x: SIMD16<Float>) -> SIMD16<Float> { 1 - 2 / (exponential(x + x) + 1) }

/// Sixteen floats from `p`, or the first `lanes` of them and zeros.
@inline(always)
package func load(_ p: UnsafePointer<Float>, _ lanes: Int) -> SIMD16<Float> {
    if lanes == 16 { return UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Float>.self) }
    var v = SIMD16<Float>()
    for k in 0..<lanes { v[k] = p[k] }
    return v
}

@inline(always)
package func load(_ p: UnsafeMutablePointer<Float>, _ lanes: Int) -> SIMD16<Float> { load(UnsafePointer(p), lanes) }

/// Writes the first `lanes` of `v` to `p`.
@inline(always)
package func store(_ v: SIMD16<Float>, _ p: UnsafeMutablePointer<Float>, _ lanes: Int) {
    if lanes == 16 {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD16<Float>.self)
        return
    }
    for k in 0..<lanes { p[k] = v[k] }
}

/// tanh of `count` floats in place, sixteen at a time.
package func applyTanh(_ x: UnsafeMutablePointer<Float>, count: Int) {
    var j = 0
    while j + 16 <= count {
        store(tanh(load(x + j, 16)), x + j, 16)
        j += 16
    }
    if j < count { store(tanh(load(x + j, count - j)), x + j, count - j) }
}
