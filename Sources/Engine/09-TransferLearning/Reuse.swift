// Reusing a trained network: freeze what should stay, cut the network to its features, put
// a new head on it, and train the old and new parts at different speeds (notes, section 4).

extension Sequential {
    /// Freezes (or, with `false`, unfreezes) every parameter of the first `count` layers. From
    /// then on those layers compute as in evaluation even while the network trains (notes,
    /// section 3): batch normalisation among them keeps its running statistics.
    public func freeze(firstLayers count: Int, _ frozen: Bool = true) {
        require(count >= 0 && count <= layers.count,
                "freeze(firstLayers:): \(count) is not between 0 and the network's \(layers.count) layers")
        for layer in layers.prefix(count) { for parameter in layer.parameters { parameter.isFrozen = frozen } }
        setMode(mode)
    }

    /// The first `count` layers, sharing their parameters with this network: a feature extractor.
    public func cut(after count: Int) -> Sequential {
        require(count >= 1 && count <= layers.count, "cut(after:): \(count) is not between 1 and \(layers.count)")
        return Sequential(Array(layers.prefix(count)), name: name)
    }

    /// The same layers (sharing their parameters) with the last one replaced by `head`.
    public func replacingHead(with head: any Layer) -> Sequential {
        replacingLayers(after: layers.count - 1, with: head)
    }

    /// The first `count` layers (sharing their parameters) with `head` after them instead of the
    /// rest: a feature extractor with a new head.
    public func replacingLayers(after count: Int, with head: any Layer) -> Sequential {
        Sequential(cut(after: count).layers + [head], name: name)
    }

    /// The same layers with the last, a `Linear`, replaced by a new `Linear` of `outputs` outputs
    /// and the same inputs, drawn as `Linear`'s initialiser draws (and keeping its name).
    public func replacingHead(outputs: Int, using generator: inout SeededGenerator) -> Sequential {
        guard let old = layers.last as? Linear else {
            preconditionFailure("replacingHead(outputs:): the network's last layer is \(layers.last!.description), not a Linear")
        }
        let name = String(old.weight.name.dropLast(".weight".count))
        return replacingHead(with: Linear(old.inputCount, outputs, name: name, using: &generator))
    }
}

/// The network's output for every row of `inputs`, in evaluation mode, `batchSize` rows at a
/// time: the features a frozen extractor gives a dataset, computed once.
public func features(of network: Sequential, inputs: Tensor, batchSize: Int = 256) -> Tensor {
    require(batchSize > 0, "features(of:): the batch size must be positive, got \(batchSize)")
    let n = inputs.shape[0]
    return network.evaluating {
        var rows: [Float] = []
        var shape: [Int] = []
        for start in stride(from: 0, to: n, by: batchSize) {
            let output = network.forward(inputs.rows(Array(start..<Swift.min(n, start + batchSize))))
            rows += output.scalars
            shape = Array(output.shape.dropFirst())
        }
        return Tensor(shape: [n] + shape, scalars: rows)
    }
}

/// Two optimisers in one: `head` for the parameters of the new head, `body` for the rest,
/// typically with a learning rate ten times smaller (discriminative learning rates). A
/// schedule's changes to `learningRate` apply to both, keeping their ratio.
public final class TwoRates: Optimizer {
    public let head: any Optimizer, body: any Optimizer
    private let headParameters: Set<ObjectIdentifier>
    private let ratio: Float

    public init(head: any Optimizer, body: any Optimizer, headParameters: [Parameter]) {
        self.head = head
        self.body = body
        self.headParameters = Set(headParameters.map(ObjectIdentifier.init))
        ratio = body.learningRate / head.learningRate
    }

    /// The head's learning rate; the body's follows at the same ratio.
    public var learningRate: Float {
        get { head.learningRate }
        set {
            head.learningRate = newValue
            body.learningRate = newValue * ratio
        }
    }

    public func step(_ parameters: [Parameter]) {
        body.step(parameters.filter { !headParameters.contains(ObjectIdentifier($0)) })
        head.step(parameters.filter { headParameters.contains(ObjectIdentifier($0)) })
    }
}
