// How fast this machine can compute at all (chapters/10-making-it-fast/README.md, section 2): a
// loop of fused multiply-adds on vectors of 16 floats, in twelve independent chains so that no
// instruction waits for the one before it (a single chain would measure the latency instead).
import Dispatch
import Foundation
import Synchronization

/// The GFLOP/s that `cores` cores reach running fused multiply-adds on SIMD16<Float> for about
/// `seconds` seconds: the peak no code on these cores can pass.
public func vectorPeakGFLOPS(cores: Int, seconds: Double = 0.2) -> Double {
    require(cores > 0, "vectorPeakGFLOPS: needs at least one core, got \(cores)")
    let rounds = 200_000
    let chains = 12
    let total = Mutex(0.0)
    // Grow the work until one run lasts long enough for the clock to measure it well.
    var repeats = 1
    while true {
        let iterations = rounds * repeats
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: cores) { _ in
            let (a, b) = (SIMD16<Float>(repeating: 0.999_999), SIMD16<Float>(repeating: 1e-7))
            var (c0, c1, c2, c3, c4, c5) = (a, a, a, a, a, a)
            var (c6, c7, c8, c9, c10, c11) = (a, a, a, a, a, a)
            for _ in 0..<iterations {
                // c ← c · a + b in every chain: one FMA instruction each, none waiting on another.
                c0 = b.addingProduct(c0, a); c1 = b.addingProduct(c1, a); c2 = b.addingProduct(c2, a)
                c3 = b.addingProduct(c3, a); c4 = b.addingProduct(c4, a); c5 = b.addingProduct(c5, a)
                c6 = b.addingProduct(c6, a); c7 = b.addingProduct(c7, a); c8 = b.addingProduct(c8, a)
                c9 = b.addingProduct(c9, a); c10 = b.addingProduct(c10, a); c11 = b.addingProduct(c11, a)
            }
            let sum = (c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11).sum()
            total.withLock { $0 += Double(sum) }
        }
        let elapsed = (ContinuousClock.now - start) / .seconds(1)
        if elapsed >= seconds || repeats >= 1 << 12 {
            // The total is used, so the compiler cannot drop the loop that made it.
            guard total.withLock({ $0 }).isFinite else { return 0 }
            let flop = Double(cores * rounds * repeats * chains * 16 * 2)
            return flop / elapsed / 1e9
        }
        repeats *= 2
    }
}
