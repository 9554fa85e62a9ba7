// Batch normalisation's fast path: the same numbers as BatchNorm.swift's reference, computed
// in fewer passes over memory (chapters/10-making-it-fast/README.md, sections 5 to 7):
//   - the mean and variance in one pass, both sums taken about the feature's first value;
//   - x̂, and with the fused ReLU its mask, recomputed in backward from x, μ and s rather than kept;
//   - each core takes whole features (`forEachWorker`), so the statistics need no merging;
//   - with `maxPooled`, each plane max-pooled as it is written (chapter 06's `maxPool2x2`):
//     the normalised full-size output is never written;
//   - the sums of backward eight lanes at a time.
// y = γ(x − μ)s + β is computed as a x + c, with a = γs and c = β − γsμ.
import Kernels

extension BatchNorm {
    /// With pooling, an input plane's height and width and the number of outputs it pools to; zeros without.
    func pooledPlanes(_ shape: [Int]) -> (height: Int, width: Int, outputs: Int) {
        maxPooled ? (shape[2], shape[3], (shape[2] / 2) * (shape[3] / 2)) : (0, 0, 0)
    }

    func fastForward(_ input: Tensor) -> Tensor {
        let (outer, inner) = checkedLayout(input.shape)
        let (d, m) = (features, outer * inner)
        let training = mode == .training
        var mean = training ? [Float](repeating: 0, count: d) : runningMean.value.scalars
        var variance = training ? [Float](repeating: 0, count: d) : runningVariance.value.scalars
        var inverse = [Float](repeating: 0, count: d)
        let (gamma, beta, epsilon, relu) = (scale.value.scalars, shift.value.scalars, self.epsilon, followedByReLU)
        // Every y and winner is written below, so neither is zeroed first.
        let shape = outputShape(input.shape), pooled = maxPooled
        let (height, width, planeSize) = pooledPlanes(input.shape)
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
        if training {
            // The running variance is the unbiased estimate, m/(m − 1) σ², as PyTorch keeps it.
            let unbiased = Float(m) / Float(m - 1)
            runningMean.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningMean.value[$0] + momentum * mean[$0]
            })
            runningVariance.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningVariance.value[$0] + momentum * unbiased * variance[$0]
            })
        }
        self.input = input
        self.winners = winners
        center = mean
        inverseDeviation = inverse
        forwardMode = mode
        return output
    }

    func fastBackward(_ outputGradient: Tensor) -> Tensor {
        let input = cachedInput(matching: outputGradient)
        let (outer, inner) = layout(input.shape, "backward")
        let (height, width, planeSize) = pooledPlanes(input.shape)
        let (d, m) = (features, outer * inner)
        let (gamma, beta, mean, inverse) = (scale.value.scalars, shift.value.scalars, center, inverseDeviation)
        let training = forwardMode == .training
        // With the fused ReLU, ∂y passes where y = a x + c > 0 only (a = γs, c = β − γsμ, as in
        // forward): the mask is recomputed from x instead of read from a kept output.
        let masked = followedByReLU
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
                                nonisolated(unsafe) let best = maxPooled ? bests.baseAddress : nil
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
                                            let sums = Self.maskedSums(gradient(o), masked: masked, gate: (a, c), x + start,
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
        shift.gradient = Tensor(shape: [d], scalars: sumGradient)
        scale.gradient = Tensor(shape: [d], scalars: sumGradientXhat)
        return inputGradient
    }

    /// Σ g' and Σ g' (x − center) over `count` values, where g' is g, or g where y = a x + c > 0
    /// when `masked`: eight lanes at a time.
    @inline(__always)
    private static func maskedSums(_ g: UnsafePointer<Float>, masked: Bool, gate: (a: Float, c: Float), _ x: UnsafePointer<Float>,
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
}

extension BatchNorm: FusesFollowingLayers {
    /// BatchNorm → ReLU (→ 2 × 2 max pooling) as one `BatchNorm` that applies the ReLU and pools
    /// as it normalises, sharing this layer's parameters and running statistics (chapter 10, section 6).
    public func fused(with following: ArraySlice<any Layer>) -> (layer: any Layer, count: Int)? {
        guard !followedByReLU && !maxPooled, let (_, pooled) = reluAndPooling(in: following) else { return nil }
        let count = pooled ? 2 : 1
        let fused = BatchNorm(sharing: self, followedByReLU: true, maxPooled: pooled)
        return (FusedLayers(parts: [self] + following.prefix(count), fused: fused), count)
    }
}
