import Foundation
import MakingItFast
import MakingItFastExercises
import Synchronization
import Testing

@Suite("Exercise 10: making it fast")
struct Exercise10 {
    @Test("10.1 a matrix product in blocks") func blockedMatrixProduct() async { await checkPart("10.1") }
    @Test("10.2 the convolution a few images per product") func convolutionInChunks() async { await checkPart("10.2") }
    @Test("10.3 a ReLU fused into the convolution") func convolutionWithReLU() async { await checkPart("10.3") }
    @Test("10.4 sharing a batch between workers") func batchShares() async { await checkPart("10.4") }
    @Test("10.5 a batch split across the cores") func splitAcrossCores() async { await checkPart("10.5") }
}

/// The checks of exercise 10, run in a child process by `checkPart`. Each checks numbers only;
/// the speed a passing part reaches is measured in the child and printed beside the verdict.
enum SpeedChecks {
    static let file = "exercises/10-making-it-fast/SpeedExercise.swift"

    /// The median seconds of each of `candidates`, timed in turn, round after round, so that all
    /// meet the same load: the other parts' checks run beside this one. OpenBLAS is kept on one
    /// thread, whose speed another process's work disturbs less than two spinning threads'.
    static func alternated(_ candidates: [() -> Void]) -> [Float] {
        keepBLASOnOneThread()
        return alternatedMedianSeconds(rounds: 5, candidates).map(Float.init)
    }

    /// After each speed: where it was measured, and where to measure it alone.
    static let measuredBeside = " (measured while the other parts' checks ran; `swift run chapter10 --mine` measures alone)"

    static func milliseconds(_ seconds: Float) -> String { String(format: "%.2f ms", 1000 * seconds) }

    // MARK: - 10.1

    /// (m, k, n, block): sizes the block divides and sizes it does not, a block larger than the
    /// matrices, and blocks of one.
    static let productCases = [(m: 37, k: 50, n: 29, block: 16), (m: 5, k: 7, n: 3, block: 2), (m: 12, k: 20, n: 8, block: 64),
                               (m: 33, k: 16, n: 40, block: 8), (m: 4, k: 3, n: 5, block: 1)]

    /// The product a loop gives that leaves out the blocks at the edges of the rows, the inner
    /// dimension or the columns (those past the last whole block): A's and B's entries there zeroed.
    static func withoutEdgeBlocks(_ a: Tensor, _ b: Tensor, block: Int, rows: Bool, inner: Bool, columns: Bool) -> Tensor {
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        let (mWhole, kWhole, nWhole) = (rows ? m / block * block : m, inner ? k / block * block : k, columns ? n / block * block : n)
        var (a2, b2) = (a, b)
        for i in 0..<m { for p in 0..<k where i >= mWhole || p >= kWhole { a2[i, p] = 0 } }
        for p in 0..<k { for j in 0..<n where p >= kWhole || j >= nWhole { b2[p, j] = 0 } }
        return matmul(a2, b2)
    }

    /// The product of the last block of the inner dimension alone: what a loop gives that sets
    /// each block of C instead of adding to it.
    static func lastInnerBlockOnly(_ a: Tensor, _ b: Tensor, block: Int) -> Tensor {
        let k = a.shape[1]
        let last = (k - 1) / block * block
        var (a2, b2) = (a, b)
        for i in 0..<a.shape[0] { for p in 0..<last { a2[i, p] = 0 } }
        for p in 0..<last { for j in 0..<b.shape[1] { b2[p, j] = 0 } }
        return matmul(a2, b2)
    }

    static func blockedMatrixProduct() throws {
        let part = Part(id: "10.1", function: "blockedMatrixProduct(_:_:blockSize:)", file: file)
        for (index, c) in productCases.enumerated() {
            var generator = SeededGenerator(seed: UInt64(1010 + index))
            let a = Tensor.normal([c.m, c.k], using: &generator), b = Tensor.normal([c.k, c.n], using: &generator)
            let product = try part.learner { SpeedExercise.blockedMatrixProduct(a, b, blockSize: c.block) }
            if try part.isNotImplemented() { return }
            var mistakes: [(answer: Tensor, explanation: String)] = []
            for (rows, inner, columns) in [(true, true, true), (true, false, false), (false, true, false), (false, false, true)]
            where (rows && c.m % c.block != 0) || (inner && c.k % c.block != 0) || (columns && c.n % c.block != 0) {
                let which = [(rows, "rows (i)"), (inner, "inner dimension (p)"), (columns, "columns (j)")].filter(\.0).map(\.1)
                mistakes.append((withoutEdgeBlocks(a, b, block: c.block, rows: rows, inner: inner, columns: columns),
                                 "The last, shorter block of the " + which.joined(separator: ", ") + " is missing: when "
                                 + "blockSize does not divide a size, the last block is cut short (up to min(i0 + blockSize, m)), "
                                 + "not left out"))
            }
            if c.k > c.block {
                mistakes.append((lastInnerBlockOnly(a, b, block: c.block),
                                 "Only the last block of the inner dimension is in C: each block of C receives a product for "
                                 + "every block of p, so add into C (+=) rather than set it"))
            }
            guard part.expectTensor(product, matmul(a, b), "A B for A [\(c.m), \(c.k)], B [\(c.k), \(c.n)] in blocks of \(c.block)",
                                    mistakes: mistakes)
            else { return }
        }
        // The speed, for the verdict: n = 256, yours against the plain loops and OpenBLAS.
        let n = 256
        var generator = SeededGenerator(seed: 1019)
        let a = Tensor.uniform([n, n], low: -1, high: 1, using: &generator)
        let b = Tensor.uniform([n, n], low: -1, high: 1, using: &generator)
        let times: [Float] = try part.learner {
            alternated([{ _ = SpeedExercise.blockedMatrixProduct(a, b, blockSize: 64) },
                        { _ = matrixProductByDotProducts(a, b) }, { _ = matrixProductByRows(a, b) }, { _ = matmul(a, b) }])
        }
        guard times.count == 4 else { return }
        let flop = Float(matrixProductFLOP(m: n, k: n, n: n))
        func speed(_ t: Float) -> String { String(format: "%.1f", flop / t / 1e9) }
        part.note("GFLOP/s for n = \(n): yours in blocks of 64 \(speed(times[0])); by dot products \(speed(times[1])); "
                  + "by rows (i, p, j) \(speed(times[2])); OpenBLAS on one thread \(speed(times[3]))" + measuredBeside)
    }

    // MARK: - 10.2 and 10.3

    /// (input, kernel, images per chunk): chunks that divide the batch and chunks that do not, a
    /// chunk larger than the batch, one image per chunk, a 1 × 1 output.
    static let convolutionCases = [(input: [5, 2, 6, 7], kernel: [3, 2, 3, 2], chunk: 2), (input: [4, 3, 5, 5], kernel: [2, 3, 2, 2], chunk: 1),
                                   (input: [3, 1, 6, 6], kernel: [4, 1, 3, 3], chunk: 8), (input: [7, 2, 5, 5], kernel: [2, 2, 5, 5], chunk: 3)]

    static func convolutionProblem(_ index: Int) -> (x: Tensor, weight: Tensor, bias: Tensor, chunk: Int) {
        var generator = SeededGenerator(seed: UInt64(1020 + index))
        let c = convolutionCases[index]
        return (Tensor.normal(c.input, using: &generator), Tensor.normal(c.kernel, using: &generator),
                Tensor.normal([c.kernel[0]], using: &generator), c.chunk)
    }

    static func describe(_ index: Int) -> String {
        let c = convolutionCases[index]
        return "input \(c.input), weight \(c.kernel), \(c.chunk) image\(c.chunk == 1 ? "" : "s") per chunk"
    }

    /// `y` [n, k, oh, ow] with each chunk's images and channels swapped in memory: what copying a
    /// chunk's product Z [k, b·P] into the output as it lies gives.
    static func copiedAsItLies(_ y: Tensor, chunk: Int) -> Tensor {
        let (n, k) = (y.shape[0], y.shape[1])
        let pixels = y.shape[2] * y.shape[3]
        var result = y.scalars
        for first in stride(from: 0, to: n, by: chunk) {
            let b = min(chunk, n - first)
            for s in 0..<b { for o in 0..<k { for q in 0..<pixels {
                result[first * k * pixels + (o * b + s) * pixels + q] = y.scalars[((first + s) * k + o) * pixels + q]
            } } }
        }
        return Tensor(shape: y.shape, scalars: result)
    }

    /// `y` with the images of the last, shorter chunk zeroed: what a loop over whole chunks gives.
    static func lastChunkMissing(_ y: Tensor, chunk: Int) -> Tensor? {
        let n = y.shape[0]
        guard n % chunk != 0, n > chunk else { return nil }
        var result = y.scalars
        let perImage = y.count / n
        for i in (n / chunk * chunk * perImage)..<y.count { result[i] = 0 }
        return Tensor(shape: y.shape, scalars: result)
    }

    /// The bias [k] as a tensor of `shape` [n, k, oh, ow].
    static func broadcastBias(_ bias: Tensor, _ shape: [Int]) -> Tensor {
        bias.reshaped([1, shape[1], 1, 1]) * Tensor.ones(shape)
    }

    static func convolutionInChunks() throws {
        let part = Part(id: "10.2", function: "convolutionInChunks(_:weight:bias:imagesPerChunk:)", file: file)
        for index in convolutionCases.indices {
            let (x, weight, bias, chunk) = convolutionProblem(index)
            let y = try part.learner { SpeedExercise.convolutionInChunks(x, weight: weight, bias: bias, imagesPerChunk: chunk) }
            if try part.isNotImplemented() { return }
            let expected = directConvolution2D(x, kernel: weight, bias: bias)
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (copiedAsItLies(expected, chunk: chunk), "Each chunk's product was copied into the output as it lies: row o of "
                    + "Z holds channel o of every image of the chunk, image after image, so Z[o, s·P + q] belongs at y[first + s, o, q]"),
                (expected - broadcastBias(bias, expected.shape), "The bias is missing: add b[o] to every value of channel o"),
            ]
            if let missing = lastChunkMissing(expected, chunk: chunk) {
                mistakes.append((missing, "The last \(x.shape[0] % chunk) images are missing: when imagesPerChunk does not divide "
                                 + "n, the last chunk holds the images left over"))
            }
            guard part.expectTensor(y, expected, "the convolution for \(describe(index))", mistakes: mistakes) else { return }
        }
        // The speed, for the verdict: conv2 of chapter 06 on 64 images, at several chunk sizes.
        let (x, weight, bias) = conv2Problem()
        let chunks = [1, 2, 8, 64]
        let times: [Float] = try part.learner {
            alternated(chunks.map { chunk in { _ = SpeedExercise.convolutionInChunks(x, weight: weight, bias: bias, imagesPerChunk: chunk) } }
                       + [{ _ = Conv2D(weight: weight, bias: bias).forward(x) }])
        }
        guard times.count == chunks.count + 1 else { return }
        part.note("chapter 06's conv2 on 64 images [32, 12, 12]: yours with " + zip(chunks, times).map { "\($0) per product "
            + milliseconds($1) }.joined(separator: ", ") + "; the engine's Conv2D fast path " + milliseconds(times[chunks.count])
                  + measuredBeside)
    }

    /// Chapter 06's conv2 on a batch of 64: input [64, 32, 12, 12], weight [64, 32, 5, 5].
    static func conv2Problem() -> (x: Tensor, weight: Tensor, bias: Tensor) {
        var generator = SeededGenerator(seed: 1029)
        return (Tensor.normal([64, 32, 12, 12], using: &generator), Tensor.normal([64, 32, 5, 5], standardDeviation: 0.05, using: &generator),
                Tensor.normal([64], standardDeviation: 0.05, using: &generator))
    }

    static func convolutionWithReLU() throws {
        let part = Part(id: "10.3", function: "convolutionWithReLU(_:weight:bias:imagesPerChunk:)", file: file)
        for index in convolutionCases.indices {
            let (x, weight, bias, chunk) = convolutionProblem(index)
            let y = try part.learner { SpeedExercise.convolutionWithReLU(x, weight: weight, bias: bias, imagesPerChunk: chunk) }
            if try part.isNotImplemented() { return }
            let z = directConvolution2D(x, kernel: weight, bias: bias)
            let noBias = z - broadcastBias(bias, z.shape)
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (z, "No ReLU was applied: every negative value should be 0"),
                (maximum(noBias, 0) + broadcastBias(bias, z.shape), "The ReLU came before the bias: max(0, Z + b), the bias first"),
                (maximum(noBias, 0), "The bias is missing: max(0, Z[o, ·] + b[o])"),
                (maximum(copiedAsItLies(z, chunk: chunk), 0), "Each chunk's product was copied into the output as it lies: row o "
                    + "of Z holds channel o of every image of the chunk, so Z[o, s·P + q] belongs at y[first + s, o, q]"),
            ]
            if let missing = lastChunkMissing(maximum(z, 0), chunk: chunk) {
                mistakes.append((missing, "The last \(x.shape[0] % chunk) images are missing: when imagesPerChunk does not divide "
                                 + "n, the last chunk holds the images left over"))
            }
            guard part.expectTensor(y, maximum(z, 0), "max(0, convolution) for \(describe(index))", mistakes: mistakes) else { return }
        }
        // The speed, for the verdict: chapter 06's conv1, whose output (4.7 MB for 64 images) a
        // separate ReLU pass reads and writes again.
        var generator = SeededGenerator(seed: 1039)
        let x = Tensor.normal([64, 1, 28, 28], using: &generator)
        let (weight, bias) = (Tensor.normal([32, 1, 5, 5], standardDeviation: 0.2, using: &generator), Tensor.zeros([32]))
        let times: [Float] = try part.learner {
            alternated([{ _ = SpeedExercise.convolutionWithReLU(x, weight: weight, bias: bias, imagesPerChunk: 1) },
                        { _ = maximum(SpeedExercise.convolutionInChunks(x, weight: weight, bias: bias, imagesPerChunk: 1), 0) }])
        }
        guard times.count == 2 else { return }
        part.note("chapter 06's conv1 on 64 images, one per product: your fused ReLU \(milliseconds(times[0])); your part 10.2 "
                  + "and then a ReLU pass \(milliseconds(times[1]))" + measuredBeside)
    }

    // MARK: - 10.4

    static func batchShares() throws {
        let part = Part(id: "10.4", function: "batchShares(count:workers:)", file: file)
        for (count, workers) in [(10, 3), (7, 2), (8, 4), (3, 5), (13, 8), (64, 2), (1, 1), (0, 2)] {
            let shares: [[Int]] = try part.learner {
                SpeedExercise.batchShares(count: count, workers: workers).map { [$0.lowerBound, $0.upperBound] }
            }
            if try part.isNotImplemented() { return }
            let what = "the shares of \(count) images among \(workers) workers"
            let listed = shares.map { $0.count == 2 ? "\($0[0])..<\($0[1])" : "\($0)" }.joined(separator: ", ")
            func fail(_ why: String) { part.fail("\(what) are [\(listed)]: \(why)") }
            let expectedCount = min(workers, count)
            guard shares.allSatisfy({ $0.count == 2 && $0[0] <= $0[1] }) else { return fail("a range is malformed") }
            if let empty = shares.first(where: { $0[0] == $0[1] }) {
                return fail("\(empty[0])..<\(empty[1]) is empty: with more workers than images, leave the idle workers out "
                            + "(there should be min(workers, count) = \(expectedCount) shares)")
            }
            guard shares.count == expectedCount else {
                return fail("\(shares.count) shares, expected min(workers, count) = \(expectedCount)")
            }
            var next = 0
            for share in shares {
                guard share[0] == next else {
                    return fail(share[0] > next ? "images \(next)..<\(share[0]) are in no share" : "image \(share[0]) is in two shares "
                                + "(the shares must follow one another, each starting where the last ended)")
                }
                next = share[1]
            }
            guard next == count else {
                return fail("images \(next)..<\(count) are in no share: the \(count - next) left over by count / workers must go "
                            + "to some worker")
            }
            let sizes = shares.map { $0[1] - $0[0] }
            guard (sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1 else {
                return fail("their sizes \(sizes) differ by more than one: the other workers would wait for the largest share. "
                            + "Spread the remainder, one extra image to each of count mod workers shares")
            }
        }
    }

    // MARK: - 10.5

    /// What a body saw: its calls' sizes, and the most calls that were running at one moment.
    final class CallLog: Sendable {
        struct State { var sizes: [Int] = []; var running = 0; var mostAtOnce = 0 }
        let state = Mutex(State())
        /// Whether each call waits (up to a few seconds) for another call to run beside it.
        let waitForCompany: Bool
        init(waitForCompany: Bool) { self.waitForCompany = waitForCompany }

        func enter(_ size: Int) {
            state.withLock { $0.sizes.append(size); $0.running += 1; $0.mostAtOnce = max($0.mostAtOnce, $0.running) }
            guard waitForCompany else { return }
            let start = ContinuousClock.now
            while state.withLock({ $0.mostAtOnce }) < 2 && secondsSince(start) < 5 { usleep(1000) }
        }
        func leave() { state.withLock { $0.running -= 1 } }
    }

    static func splitAcrossCores() throws {
        let part = Part(id: "10.5", function: "splitAcrossCores(_:workers:_:)", file: file)
        var mappingGenerator = SeededGenerator(seed: 1050)
        let mapping = Tensor.normal([12, 5], using: &mappingGenerator)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        for (index, (n, workers)) in [(7, 2), (5, 3), (3, 8), (6, 1), (9, 4)].enumerated() {
            var generator = SeededGenerator(seed: UInt64(1051 + index))
            let images = Tensor.normal([n, 3, 4], using: &generator)
            // Two shares or more on two cores or more must run at the same time.
            let parallel = min(n, workers) >= 2 && cores >= 2
            let log = CallLog(waitForCompany: parallel)
            // The body maps each image [3, 4] to 5 numbers, so that order and shape both show.
            let body: @Sendable (Tensor) -> Tensor = { share in
                log.enter(share.shape[0])
                defer { log.leave() }
                return matmul(share.reshaped([share.shape[0], 12]), mapping)
            }
            let (result, seen): (Tensor, [Int]) = try part.learner {
                let result = SpeedExercise.splitAcrossCores(images, workers: workers, body)
                let state = log.state.withLock { $0 }
                return (result, [state.mostAtOnce] + state.sizes.sorted())
            }
            if try part.isNotImplemented() { return }
            guard let mostAtOnce = seen.first else { return }
            let sizes = Array(seen.dropFirst())
            let what = "\(n) images among \(workers) workers"
            guard sizes.count == min(n, workers), !sizes.contains(0) else {
                part.fail("with \(what) the body was called \(sizes.count) times with shares of \(sizes) images: expected one call "
                          + "per share of batchShares (part 10.4), \(min(n, workers)) calls, none empty")
                return
            }
            // The mistake to name: the shares' results stacked in another order than the shares'.
            let expected = matmul(images.reshaped([n, 12]), mapping)
            let shares = MakingItFast.batchShares(count: n, workers: workers)
            let reversed = expected.rows(shares.reversed().flatMap { Array($0) })
            guard part.expectTensor(result, expected, "the stacked results with \(what)",
                                    mistakes: [(reversed, "The shares' results are stacked last share first: share s's result "
                                                + "belongs at position s, whichever thread finished first")])
            else { return }
            if parallel && mostAtOnce < 2 {
                part.fail("with \(what) the shares ran one after another, never two at once: run them with "
                          + "`DispatchQueue.concurrentPerform(iterations:)`, one iteration per share")
                return
            }
        }
        // The speed, for the verdict: chapter 06's conv2 with its ReLU on 64 images, on one worker and on all.
        let (x, weight, bias) = conv2Problem()
        keepBLASOnOneThread()
        let body: @Sendable (Tensor) -> Tensor = { MakingItFast.convolutionInChunks($0, weight: weight, bias: bias, imagesPerChunk: 2, fusedReLU: true) }
        let times: [Float] = try part.learner {
            alternated([{ _ = SpeedExercise.splitAcrossCores(x, workers: 1, body) },
                        { _ = SpeedExercise.splitAcrossCores(x, workers: cores, body) }])
        }
        guard times.count == 2 else { return }
        part.note("chapter 06's conv2 with its ReLU on 64 images: 1 worker \(milliseconds(times[0])), \(cores) workers "
                  + "\(milliseconds(times[1])) (\(String(format: "%.2f", times[0] / times[1]))×)" + measuredBeside)
    }

}
