// Batch normalisation's fast path: the same numbers as BatchNorm.swift's readable forward and
// backward, computed in fewer passes over memory (chapters/10-making-it-fast/README.md, sections
// 5 to 7). BatchNorm+FastPath.swift hands the layer's tensors over; tests hold the two equal.
//   - the mean and variance in one pass, both sums taken about the feature's first value;
//   - x̂, and with the fused ReLU its mask, recomputed in backward from x, μ and s rather than kept;
//   - each core takes whole features (`forEachWorker`), so the statistics need no merging;
//   - with `maxPooled`, each plane max-pooled as it is written (`maxPool2x2`): the normalised
//     full-size output is never written;
//   - the sums of backward eight lanes at a time.
// y = γ(x − μ)s + β is computed as a x + c, with a = γs and c = β − γsμ.
//
// Shapes: x is [outer, d, inner], d features each seen outer·inner = m times: [n, d] for features
// (outer n, inner 1), [n, c, h, w] for channels (outer n, d = c, inner h·w).
import Tensors

/// What batch normalisation's fast path is given besides its input: γ and β [d], ε, and what it
/// applies on the way out. With `maxPooled`, the input is [n, c, h, w] and each plane is pooled.
package struct BatchNormSetting: Sendable {
    package let gamma: [Float], beta: [Float], epsilon: Float
    package let relu: Bool, maxPooled: Bool
    package let outer: Int, inner: Int

    package init(gamma: [Float], beta: [Float], epsilon: Float, relu: Bool, maxPooled: Bool, outer: Int, inner: Int) {
        (self.gamma, self.beta, self.epsilon, self.relu, self.maxPooled) = (gamma, beta, epsilon, relu, maxPooled)
        (self.outer, self.inner) = (outer, inner)
    }
}

/// The forward pass: in training, each feature's mean and (biased) variance over the batch; in
/// evaluation, `runningMean` and `runningVariance` as given. Returns y, the mean and variance used,
/// s = 1/√(σ² + ε) per feature, and with pooling each window's winner in its plane.
package func batchNormForward(_ input: Tensor, _ setting: BatchNormSetting, training: Bool,
                              runningMean: [Float], runningVariance: [Float])
    -> (output: Tensor, mean: [Float], variance: [Float], inverse: [Float], winners: [Int32]) {
    let (outer, inner, d) = (setting.outer, setting.inner, setting.gamma.count)
    let m = outer * inner
    let (gamma, beta, epsilon, relu, maxPooled) = (setting.gamma, setting.beta, setting.epsilon, setting.relu, setting.maxPooled)
    var mean = training ? [Float](repeating: 0, count: d) : runningMean
    var variance = training ? [Float](repeating: 0, count: d) : runningVariance
    var inverse = [Float](repeating: 0, count: d)
    // Every y and winner is written below, so neither is zeroed first.
    let pooled = maxPooled
    let (height, width, planeSize) = pooled ? (input.shape[2], input.shape[3], (input.shape[2] / 2) * (input.shape[3] / 2)) : (0, 0, 0)
    let shape = pooled ? [input.shape[0], d, height / 2, width / 2] : input.shape
    var winners = [Int32](unsafeUninitializedCapacity: pooled ? outer * d * planeSize : 0) { _, count in
        count = pooled ? outer * d * planeSize : 0
    }
    var output = Tensor(shape: shape) { _ in }
    input.withUnsafeScalars { xs in
        winners.withUnsafeMutableBufferPointer { bests in
            output.withUnsafeMutableScalars { ys in
                mean.withUnsafeMutableBufferPointer { means in
                    variance.withUnsafeMutableBufferPointer { variances in
                        inverse.withUnsafeMutableBufferPointer { inverses in
                            nonisolated(unsafe) let (x, y) = (xs.baseAddress!, ys.baseAddress!)
                            nonisolated(unsafe) let best = pooled ? bests.baseAddress : nil
                            nonisolated(unsafe) let (mu, sigma2, s) = (means.baseAddress!, variances.baseAddress!,
                                                                       inverses.baseAddress!)
                            // Each worker takes whole features: their statistics need no merging.
                            forEachWorker(images: d) { _, features in
                                for j in features {
                                    if training {
                                        // One pass for both sums, taken about the feature's first
                                        // value K: σ² = mean((x − K)²) − mean(x − K)² then subtracts
                                        // numbers of the data's own spread, not of its offset.
                                        let anchor = x[j * inner]
                                        var (total, squares): (Double, Double) = (0, 0)
                                        for o in 0..<outer {
                                            let row = shiftedSumsOfRow(x + (o * d + j) * inner, from: anchor, count: inner)
                                            total += Double(row.sum)
                                            squares += Double(row.squares)
                                        }
                                        let shifted = total / Double(m)
                                        mu[j] = Float(Double(anchor) + shifted)
                                        sigma2[j] = Float(Swift.max(0, squares / Double(m) - shifted * shifted))
                                    }
                                    s[j] = 1 / (sigma2[j] + epsilon).squareRoot()
                                    // y = γ(x − μ)s + β = a x + c, with a = γs and c = β − aμ.
                                    let a = gamma[j] * s[j], c = beta[j] - gamma[j] * s[j] * mu[j]
                                    for o in 0..<outer {
                                        let start = (o * d + j) * inner
                                        if let best {
                                            let plane = (o * d + j) * planeSize
                                            maxPool2x2(plane: x + start, height: height, width: width, scaling: a, adding: c,
                                                       relu: relu, into: y + plane, winners: best + plane)
                                            continue
                                        }
                                        let (from, out) = (x + start, y + start)
                                        if relu {
                                            for p in 0..<inner { out[p] = Swift.max(0, a * from[p] + c) }
                                        } else {
                                            for p in 0..<inner { out[p] = a * from[p] + c }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return (output, mean, variance, inverse, winners)
}

/// ∂L/∂x, ∂L/∂γ = Σ ∂y x̂ and ∂L/∂β = Σ ∂y, from the input and the statistics the forward pass
/// used (`mean`, `inverse` = s); `training` says whether that pass computed them from the batch,
/// so that ∂x carries their own gradients. With pooling, `winners` are the forward pass's.
package func batchNormBackward(_ outputGradient: Tensor, input: Tensor, _ setting: BatchNormSetting, mean: [Float],
                               inverse: [Float], training: Bool, winners: [Int32])
    -> (input: Tensor, scale: [Float], shift: [Float]) {
    let (outer, inner, d) = (setting.outer, setting.inner, setting.gamma.count)
    let m = outer * inner
    let (gamma, beta, masked) = (setting.gamma, setting.beta, setting.relu)
    let (height, width, planeSize) = setting.maxPooled
        ? (input.shape[2], input.shape[3], (input.shape[2] / 2) * (input.shape[3] / 2)) : (0, 0, 0)
    var sumGradient = [Float](repeating: 0, count: d), sumGradientXhat = [Float](repeating: 0, count: d)
    // Every entry of ∂x is written below, so it is not zeroed first.
    var inputGradient = Tensor(shape: input.shape) { _ in }
    outputGradient.withUnsafeScalars { dys in
        input.withUnsafeScalars { xs in
            winners.withUnsafeBufferPointer { bests in
                inputGradient.withUnsafeMutableScalars { dxs in
                    sumGradient.withUnsafeMutableBufferPointer { sums in
                        sumGradientXhat.withUnsafeMutableBufferPointer { weightedSums in
                            nonisolated(unsafe) let (g, x, dx) = (dys.baseAddress!, xs.baseAddress!, dxs.baseAddress!)
                            nonisolated(unsafe) let (sum, weighted) = (sums.baseAddress!, weightedSums.baseAddress!)
                            nonisolated(unsafe) let best = setting.maxPooled ? bests.baseAddress : nil
                            forEachWorker(images: d) { _, features in
                                // With pooling, one feature's ∂y at a time, [outer, inner]: the pooled
                                // gradient routed to the winners, zero elsewhere (the mask below then
                                // applies ReLU's).
                                let routed = UnsafeMutablePointer<Float>.allocate(capacity: best == nil ? 0 : outer * inner)
                                defer { routed.deallocate() }
                                for j in features {
                                    let (a, c) = (gamma[j] * inverse[j], beta[j] - gamma[j] * inverse[j] * mean[j])
                                    // Σ ∂y and Σ ∂y x̂ = s Σ ∂y (x − μ): ∂L/∂β and ∂L/∂γ, and the two
                                    // means the training form needs.
                                    if let best {
                                        for o in 0..<outer {
                                            let plane = (o * d + j) * planeSize
                                            routeToWinners(g + plane, winners: best + plane, into: routed + o * inner,
                                                           height: height, width: width)
                                        }
                                    }
                                    // ∂y of plane o of this feature.
                                    func gradient(_ o: Int) -> UnsafePointer<Float> {
                                        best == nil ? g + (o * d + j) * inner : UnsafePointer(routed + o * inner)
                                    }
                                    var (total, totalCentered): (Double, Double) = (0, 0)
                                    for o in 0..<outer {
                                        let start = (o * d + j) * inner
                                        let sums = maskedSums(gradient(o), masked: masked, gate: (a, c), x + start,
                                                                   from: mean[j], count: inner)
                                        total += Double(sums.gradient)
                                        totalCentered += Double(sums.centered)
                                    }
                                    (sum[j], weighted[j]) = (Float(total), Float(totalCentered) * inverse[j])
                                    // ∂x = γs (∂y − mean(∂y) − x̂ mean(∂y x̂)), with x̂ = (x − μ)s recomputed.
                                    let factor = gamma[j] * inverse[j]
                                    let (meanGradient, meanWeighted) = training ? (sum[j] / Float(m), weighted[j] / Float(m)) : (0, 0)
                                    let (mu, s) = (mean[j], inverse[j])
                                    for o in 0..<outer {
                                        let start = (o * d + j) * inner
                                        let (from, xs, to) = (gradient(o), x + start, dx + start)
                                        // Two loops rather than a test of `masked` per value, and every value
                                        // read unconditionally: both keep the loops vectorised.
                                        if masked {
                                            for p in 0..<inner {
                                                let (gradient, input) = (from[p], xs[p])
                                                let passed = a * input + c > 0 ? gradient : 0
                                                to[p] = factor * (passed - meanGradient - (xs[p] - mu) * s * meanWeighted)
                                            }
                                        } else {
                                            for p in 0..<inner {
                                                to[p] = factor * (from[p] - meanGradient - (xs[p] - mu) * s * meanWeighted)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return (inputGradient, sumGradientXhat, sumGradient)
}

/// Σ g' and Σ g' (x − center) over `count` values, where g' is g, or g where y = a x + c > 0
/// when `masked`: eight lanes at a time.
@inline(__always)
private func maskedSums(_ g: UnsafePointer<Float>, masked: Bool, gate: (a: Float, c: Float), _ x: UnsafePointer<Float>,
                               from center: Float, count: Int) -> (gradient: Float, centered: Float) {
    func load(_ p: UnsafePointer<Float>, _ i: Int) -> SIMD8<Float> { UnsafeRawPointer(p + i).loadUnaligned(as: SIMD8<Float>.self) }
    var (sums, centered) = (SIMD8<Float>(), SIMD8<Float>())
    var i = 0
    while i + 8 <= count {
        var gradient = load(g, i)
        let input = load(x, i)
        if masked { gradient.replace(with: 0, where: SIMD8(repeating: gate.a) * input + SIMD8(repeating: gate.c) .<= 0) }
        sums += gradient
        centered += gradient * (input - SIMD8(repeating: center))
        i += 8
    }
    var (total, totalCentered) = (sums.sum(), centered.sum())
    while i < count {
        let gradient = !masked || gate.a * x[i] + gate.c > 0 ? g[i] : 0
        total += gradient
        totalCentered += gradient * (x[i] - center)
        i += 1
    }
    return (total, totalCentered)
}
