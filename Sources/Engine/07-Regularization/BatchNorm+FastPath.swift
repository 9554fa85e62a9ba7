// Batch normalisation's fast path: the same numbers as the readable forward and backward of
// BatchNorm.swift, which run unless `usesFastPath`, computed by the kernels floor in fewer passes
// over memory, whole features to each core (Sources/Engine/Kernels/BatchNormKernels.swift; why it
// is faster: chapters/10-making-it-fast/README.md, sections 5 to 7). Tests hold the two equal
// (Tests/EngineTests/BatchNormFastPathTests.swift). This file hands the layer's tensors over, and
// keeps the running statistics, as the readable layer does.
import Kernels

extension BatchNorm {
    /// What the kernels are given for an input of `shape`.
    func fastPathSetting(_ shape: [Int]) -> BatchNormSetting {
        let (outer, inner) = layout(shape, "forward")
        return BatchNormSetting(gamma: scale.value.scalars, beta: shift.value.scalars, epsilon: epsilon,
                                relu: followedByReLU, maxPooled: maxPooled, outer: outer, inner: inner)
    }

    func fastForward(_ input: Tensor) -> Tensor {
        let (outer, inner) = checkedLayout(input.shape)
        let (d, m) = (features, outer * inner)
        let training = mode == .training
        let result = batchNormForward(input, fastPathSetting(input.shape), training: training,
                                      runningMean: runningMean.value.scalars, runningVariance: runningVariance.value.scalars)
        if training {
            // The running variance is the unbiased estimate, m/(m − 1) σ², as PyTorch keeps it.
            let unbiased = Float(m) / Float(m - 1)
            runningMean.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningMean.value[$0] + momentum * result.mean[$0]
            })
            runningVariance.value = Tensor(shape: [d], scalars: (0..<d).map {
                (1 - momentum) * runningVariance.value[$0] + momentum * unbiased * result.variance[$0]
            })
        }
        self.input = input
        (winners, center, inverseDeviation, forwardMode) = (result.winners, result.mean, result.inverse, mode)
        return result.output
    }

    func fastBackward(_ outputGradient: Tensor) -> Tensor {
        let input = cachedInput(matching: outputGradient)
        let gradients = batchNormBackward(outputGradient, input: input, fastPathSetting(input.shape), mean: center,
                                          inverse: inverseDeviation, training: forwardMode == .training, winners: winners)
        shift.gradient = Tensor(shape: [features], scalars: gradients.shift)
        scale.gradient = Tensor(shape: [features], scalars: gradients.scale)
        return gradients.input
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
