// An embedding: each token index picks a row of a learned table. Forward is a lookup;
// backward adds each position's gradient into the row it read, so a token that appears
// five times in a batch gets five contributions (a scatter-add). Derivation:
// chapters/08-recurrent-networks/README.md, section 2.
//
// Shapes: tokens [T, n] (indices below `vocabularySize`, stored as Float), table E [V, d],
//   output [T, n, d] with output[t, i] = E[tokens[t, i]].

/// A table of one learned vector per token.
public final class Embedding: Layer {
    /// E, shape [vocabularySize, dimension].
    public let table: Parameter
    private var tokens: Tensor?

    /// A table drawn from N(0, 1): each token starts as a random direction of unit-sized entries.
    public init(vocabularySize: Int, dimension: Int, name: String = "embedding", using generator: inout SeededGenerator) {
        require(vocabularySize > 0 && dimension > 0,
                "Embedding \(name): needs a vocabulary and a dimension of at least 1, got \(vocabularySize) and \(dimension)")
        table = Parameter(.normal([vocabularySize, dimension], using: &generator), name: name + ".table")
    }

    public var vocabularySize: Int { table.value.shape[0] }
    public var dimension: Int { table.value.shape[1] }

    /// The rows of the table the tokens name: [T, n] → [T, n, d] (any shape → shape + [d]).
    public func forward(_ input: Tensor) -> Tensor {
        let indices = checkedIndices(input)
        tokens = input
        let d = dimension
        let table = table.value.scalars
        var rows: [Float] = []
        rows.reserveCapacity(indices.count * d)
        for token in indices { rows += table[(token * d)..<((token + 1) * d)] }     // row `token` of E
        return Tensor(shape: input.shape + [d], scalars: rows)
    }

    /// ∂L/∂E[v] = Σ of ∂L/∂output over the positions holding token v. The tokens are not
    /// differentiable, so the gradient returned for them is zeros of their shape.
    public func backward(_ outputGradient: Tensor) -> Tensor {
        backwardParametersOnly(outputGradient)
        return .zeros(cached(tokens, description).shape)
    }

    public func backwardParametersOnly(_ outputGradient: Tensor) {
        let input = cached(tokens, description), d = dimension
        require(outputGradient.shape == input.shape + [d],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected \(input.shape + [d])")
        let dy = outputGradient.scalars
        var gradient = [Float](repeating: 0, count: table.value.count)
        for (position, token) in input.scalars.enumerated() {
            let row = Int(token) * d, from = position * d
            for j in 0..<d { gradient[row + j] += dy[from + j] }
        }
        table.gradient = Tensor(shape: table.value.shape, scalars: gradient)
    }

    /// The tokens as row numbers, or a stop naming the first that is not one.
    private func checkedIndices(_ input: Tensor) -> [Int] {
        input.scalars.enumerated().map { position, value in
            let index = Int(exactly: value)
            require(index.map { $0 >= 0 && $0 < vocabularySize } ?? false,
                    "\(description).forward: token \(value) at position \(position) of shape \(input.shape) is not an "
                    + "index in 0..<\(vocabularySize)")
            return index!
        }
    }

    public var parameters: [Parameter] { [table] }
    public var description: String { "Embedding(\(vocabularySize) tokens → \(dimension))" }
}
