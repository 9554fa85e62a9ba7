// Timing on a shared machine (chapters/10-making-it-fast/README.md, section 1): run the things
// compared in turn, round after round, so that each round's load falls on all of them alike,
// and summarise by medians.

/// Seconds on the clock since `start`.
public func secondsSince(_ start: ContinuousClock.Instant) -> Double {
    (ContinuousClock.now - start) / .seconds(1)
}

/// The median seconds of each of `candidates` over `rounds` rounds, each round running every
/// candidate once, in turn.
public func alternatedMedianSeconds(rounds: Int = 5, _ candidates: [() -> Void]) -> [Double] {
    var times = [[Double]](repeating: [], count: candidates.count)
    for _ in 0..<max(rounds, 1) {
        for (index, candidate) in candidates.enumerated() {
            let start = ContinuousClock.now
            candidate()
            times[index].append(secondsSince(start))
        }
    }
    return times.map { $0.sorted()[$0.count / 2] }
}

/// How many times faster `b` runs than `a`: the median over `pairs` pairs, each pair one run of
/// each in turn, of the pair's ratio (a's seconds over b's), the ratio section 1 recommends.
public func medianRatioOfPairs(pairs: Int = 7, _ a: () -> Void, _ b: () -> Void) -> Double {
    let ratios = (0..<max(pairs, 1)).map { _ in
        var start = ContinuousClock.now
        a()
        let first = secondsSince(start)
        start = ContinuousClock.now
        b()
        return first / secondsSince(start)
    }
    return ratios.sorted()[ratios.count / 2]
}
