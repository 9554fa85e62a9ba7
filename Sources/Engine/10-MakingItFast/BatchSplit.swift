// A batch split across the cores (chapters/10-making-it-fast/README.md, section 5): each worker
// takes a contiguous share of the images through the whole computation, and the shares' results
// are put back in order. Exercise 10.4; the layers' fast paths split the same way
// (`forEachWorker` in the kernels floor), writing straight into the output instead of collecting.
import Dispatch
import Synchronization

/// The shares of `count` images among `workers` workers: contiguous, in order, covering every
/// image once, their sizes differing by at most one. No worker gets an empty share, so there
/// are min(workers, count) of them.
public func batchShares(count: Int, workers: Int) -> [Range<Int>] {
    require(count >= 0 && workers > 0, "batchShares: needs a count of 0 or more and at least one worker, "
            + "got \(count) images and \(workers) workers")
    let used = min(workers, count)
    return (0..<used).map { w in (w * count / used)..<((w + 1) * count / used) }
}

/// `body` applied to each worker's share of `images` [n, …], the shares at the same time, one
/// thread each; the results, [share, …] each, stacked back in the images' order.
public func splitAcrossCores(_ images: Tensor, workers: Int, _ body: @Sendable (Tensor) -> Tensor) -> Tensor {
    let shares = batchShares(count: images.shape[0], workers: workers)
    let results = Mutex([Tensor?](repeating: nil, count: shares.count))
    DispatchQueue.concurrentPerform(iterations: shares.count) { worker in
        let result = body(images.rows(Array(shares[worker])))
        results.withLock { $0[worker] = result }
    }
    let parts = results.withLock { $0 }.map { $0! }
    guard let first = parts.first else { return images }
    return Tensor(shape: [images.shape[0]] + first.shape.dropFirst(), scalars: parts.flatMap(\.scalars))
}
