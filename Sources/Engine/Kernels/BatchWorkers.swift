// Splitting a batch across the machine's cores. A convolution's matrix products are too
// small for OpenBLAS to thread well, so the engine gives each core whole images instead,
// and runs every product on one thread. Measured in chapters/10-making-it-fast/README.md, section 5.
import Foundation
#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// The number of workers a batch is split across: one per core, at most 8.
public let batchWorkerCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))

/// The kernels OpenBLAS loaded for this processor ("Cooperlake", "Haswell", …); nil with Accelerate.
package let blasKernelName: String? = {
    #if canImport(Accelerate)
    return nil
    #else
    return String(cString: openblas_get_corename())
    #endif
}()

/// Whether BLAS multiplies small matrices where they lie. OpenBLAS's AVX-512 kernels do, for
/// products of up to about a million multiply-adds; its other kernels first copy ("pack")
/// both operands into their own layout on every call, so there a few large products beat
/// many small ones (chapters/10-making-it-fast/README.md, sections 3 and 8).
package let blasMultipliesSmallMatricesInPlace =
    blasKernelName.map { ["SkylakeX", "Cooperlake", "SapphireRapids"].contains($0) } ?? false

/// Runs `body(worker, images)` for each worker on a range of the `count` images, in
/// parallel, with BLAS on one thread per call.
package func forEachWorker(images count: Int, _ body: @Sendable (_ worker: Int, _ images: Range<Int>) -> Void) {
    let workers = min(batchWorkerCount, max(count, 1))
    guard workers > 1 else {
        body(0, 0..<count)
        return
    }
    #if !canImport(Accelerate)
    // From here on BLAS stays on one thread, for every product, not just this layer's: between
    // calls OpenBLAS's idle threads spin, and would take the cores from the workers (with
    // them, a training step of the benchmark CNN took 14 % longer).
    if openblas_get_num_threads() != 1 { openblas_set_num_threads(1) }
    #endif
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        body(worker, (worker * count / workers)..<((worker + 1) * count / workers))
    }
}

/// A single-precision matrix product on raw row-major storage: c ← α op(a) op(b) + β c.
@inline(__always)
package func sgemm(_ transposeA: Bool, _ transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
           _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int,
           beta: Float, _ c: UnsafeMutablePointer<Float>, ldc: Int) {
    cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
}

/// The sum of `count` floats, eight lanes at a time: a plain `total += x[i]` loop stays
/// scalar, because the compiler keeps the order of floating-point additions.
@inline(__always)
package func sumOfRow(_ x: UnsafePointer<Float>, count: Int) -> Float {
    laneSum(count) { i in UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self) } scalar: { x[$0] }
}

/// Σ (x[i] − anchor) and Σ (x[i] − anchor)² over `count` floats in one pass, eight lanes at a time.
@inline(__always)
package func shiftedSumsOfRow(_ x: UnsafePointer<Float>, from anchor: Float, count: Int) -> (sum: Float, squares: Float) {
    var (sums, squares) = (SIMD8<Float>(), SIMD8<Float>())
    var i = 0
    while i + 8 <= count {
        let d = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self) - SIMD8(repeating: anchor)
        sums += d
        squares += d * d
        i += 8
    }
    var (sum, square) = (sums.sum(), squares.sum())
    while i < count {
        let d = x[i] - anchor
        sum += d
        square += d * d
        i += 1
    }
    return (sum, square)
}

/// Adds `lanes(i)` for i = 0, 8, 16, … in eight accumulators, then `scalar(i)` for the rest.
@inline(__always)
private func laneSum(_ count: Int, _ lanes: (Int) -> SIMD8<Float>, scalar: (Int) -> Float) -> Float {
    var sums = SIMD8<Float>()
    var i = 0
    while i + 8 <= count {
        sums += lanes(i)
        i += 8
    }
    var total = sums.sum()
    while i < count {
        total += scalar(i)
        i += 1
    }
    return total
}

/// Keeps OpenBLAS on one thread for every product from now on, as `forEachWorker` does once it
/// splits a batch: for work split across the cores by the caller (chapter 10's measurements).
public func keepBLASOnOneThread() {
    #if !canImport(Accelerate)
    if openblas_get_num_threads() != 1 { openblas_set_num_threads(1) }
    #endif
}

/// The name of the kernels OpenBLAS loaded, or "Accelerate".
public var blasKernels: String { blasKernelName ?? "Accelerate" }
