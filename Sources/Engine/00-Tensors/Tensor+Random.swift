// Random tensors, drawn from a `SeededGenerator` so that every run is reproducible.

extension Tensor {
    /// A tensor of numbers drawn uniformly from [low, high).
    public static func uniform(_ shape: [Int], low: Float = 0, high: Float = 1,
                               using generator: inout SeededGenerator) -> Tensor {
        var result = Tensor.zeros(shape)
        result.withUnsafeMutableScalars { p in
            for i in 0..<p.count { p[i] = generator.uniform(low, high) }
        }
        return result
    }

    /// A tensor of numbers drawn from the normal distribution N(mean, standardDeviation²).
    public static func normal(_ shape: [Int], mean: Float = 0, standardDeviation: Float = 1,
                              using generator: inout SeededGenerator) -> Tensor {
        var result = Tensor.zeros(shape)
        result.withUnsafeMutableScalars { p in
            for i in 0..<p.count { p[i] = generator.normal(mean: mean, standardDeviation: standardDeviation) }
        }
        return result
    }
}
