// Two implementations of one layer. From chapter 06 on, the layers that decide how long a
// demo runs (the convolution, pooling, batch normalisation, the recurrent layers) have a
// readable reference, written as the notes derive it, and a fast path that gives the same
// numbers: chapters/10-making-it-fast/README.md says how. Tests hold the two equal.

/// A layer with a fast path beside its readable reference.
public protocol FastPathLayer: Layer {
    /// Whether `forward` and `backward` take the fast path (true) or the readable reference.
    /// Switch it between a forward pass and the next, never between a forward pass and its backward.
    var usesFastPath: Bool { get set }
}

/// What new layers start with.
public enum FastPaths {
    /// Whether layers created from now on take their fast paths: true unless a chapter runs
    /// with `--reference`, which sets it to false before building its networks. A test that
    /// compares the two sets `usesFastPath` on its own layers instead.
    nonisolated(unsafe) public static var enabledByDefault = true
}

extension Sequential {
    /// Sets `usesFastPath` on every layer that has one, inside nested networks too.
    public func useFastPaths(_ enabled: Bool) {
        for layer in layers {
            (layer as? any FastPathLayer)?.usesFastPath = enabled
            (layer as? Sequential)?.useFastPaths(enabled)
        }
    }
}

/// The median seconds of one call of `step` with the fast paths on and with them off,
/// `repeats` calls of each, alternated so that both meet the same load on a shared machine
/// (chapter 10's notes, section 1). `useFastPaths` switches them; they are left off.
public func fastAndReferenceSeconds(repeats: Int = 3, useFastPaths: (Bool) -> Void,
                                    _ step: () -> Void) -> (fast: Double, reference: Double) {
    var fast: [Double] = [], reference: [Double] = []
    for _ in 0..<repeats {
        for enabled in [true, false] {
            useFastPaths(enabled)
            let start = ContinuousClock.now
            step()
            let elapsed = (ContinuousClock.now - start).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
            if enabled { fast.append(seconds) } else { reference.append(seconds) }
        }
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    return (median(fast), median(reference))
}
