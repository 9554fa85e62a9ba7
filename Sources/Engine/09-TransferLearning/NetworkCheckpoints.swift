// Saving a network and loading it back: every parameter and every piece of layer state under
// a unique hierarchical name, and optionally the optimiser's state, so that training resumes
// where it stopped. Loading checks every name and shape before it changes anything.
import Foundation

extension Sequential {
    /// Every parameter under its name in this network: "conv1.weight", or inside a block named
    /// "features", "features.conv1.weight". A layer whose names repeat an earlier layer's (two
    /// layers both called "linear") gets its position in front instead: "3.linear.weight".
    public var namedParameters: [(name: String, parameter: Parameter)] {
        uniquelyNamed(prefix: "") { $0.parameters.map { ($0.name, $0) } }
    }

    /// Every piece of layer state (batch normalisation's running statistics) under its name.
    public var namedState: [(name: String, state: LayerState)] {
        uniquelyNamed(prefix: "") { $0.state.map { ($0.name, $0) } }
    }

    /// The items `of` lists for each layer, named by `prefix`, the layer's own names, and the
    /// layer's position where those names repeat.
    func uniquelyNamed<Item>(prefix: String, _ of: (any Layer) -> [(String, Item)]) -> [(name: String, Item)] {
        var perLayer: [[(name: String, Item)]] = []
        for (position, layer) in layers.enumerated() {
            if let block = layer as? Sequential {
                perLayer.append(block.uniquelyNamed(prefix: prefix + (block.name ?? "\(position)") + ".", of))
            } else {
                perLayer.append(of(layer).map { (prefix + $0.0, $0.1) })
            }
        }
        var counts: [String: Int] = [:]
        for items in perLayer { for item in items { counts[item.name, default: 0] += 1 } }
        return perLayer.enumerated().flatMap { position, items in
            items.map { item in
                guard counts[item.name]! > 1 else { return item }
                let local = String(item.name.dropFirst(prefix.count))
                return (prefix + "\(position)." + local, item.1)
            }
        }
    }

    /// The network's numbers as a checkpoint of a `model`, with the optimiser's state when given.
    public func checkpoint(model: String, optimizer: (any StatefulOptimizer)? = nil) -> Checkpoint {
        var entries = namedParameters.map { Checkpoint.Entry(kind: .parameter, name: $0.name, tensor: $0.parameter.value) }
        entries += namedState.map { Checkpoint.Entry(kind: .layerState, name: $0.name, tensor: $0.state.value) }
        if let optimizer {
            entries.append(Checkpoint.Entry(kind: .optimizerState, name: "optimizer.steps",
                                            tensor: Tensor(scalar: Float(optimizer.stepCount))))
            for (name, parameter) in namedParameters {
                for (k, tensor) in (optimizer.stateTensors(of: parameter) ?? []).enumerated() {
                    entries.append(Checkpoint.Entry(kind: .optimizerState, name: "optimizer.\(name).\(k)", tensor: tensor))
                }
            }
        }
        return Checkpoint(model: model, entries: entries)
    }

    /// Saves the network (and the optimiser's state, when given) to `url`, atomically.
    public func save(to url: URL, model: String, optimizer: (any StatefulOptimizer)? = nil) throws {
        try checkpoint(model: model, optimizer: optimizer).write(to: url)
    }

    /// Loads every parameter and piece of state from `checkpoint`, read from `path`; with
    /// `optimizer`, its state too. Checks first, changes nothing unless everything fits: the
    /// model's name (when `model` is given), and every name and shape.
    public func load(_ checkpoint: Checkpoint, path: String, model: String? = nil,
                     optimizer: (any StatefulOptimizer)? = nil) throws {
        if let model, checkpoint.model != model {
            throw CheckpointError.wrongModel(path: path, found: checkpoint.model, expected: model)
        }
        let targets: [(name: String, kind: Checkpoint.Kind, shape: [Int], set: (Tensor) -> Void)] =
            namedParameters.map { item in (item.name, .parameter, item.parameter.value.shape, { item.parameter.value = $0 }) }
            + namedState.map { item in (item.name, .layerState, item.state.value.shape, { item.state.value = $0 }) }
        let stored = Dictionary(checkpoint.entries.filter { $0.kind != .optimizerState }.map { ($0.name, $0.tensor) },
                                uniquingKeysWith: { first, _ in first })
        let missing = targets.filter { stored[$0.name] == nil }.map(\.name)
        let known = Set(targets.map(\.name))
        let unexpected = checkpoint.entries.filter { $0.kind != .optimizerState && !known.contains($0.name) }.map(\.name)
        let shapes = targets.compactMap { target -> (name: String, file: [Int], network: [Int])? in
            guard let tensor = stored[target.name], tensor.shape != target.shape else { return nil }
            return (target.name, tensor.shape, target.shape)
        }
        guard missing.isEmpty && unexpected.isEmpty && shapes.isEmpty else {
            throw CheckpointError.mismatch(path: path, missing: missing, unexpected: unexpected, shapes: shapes)
        }
        for target in targets { target.set(stored[target.name]!) }
        guard let optimizer else { return }
        if let steps = checkpoint.tensor("optimizer.steps", kind: .optimizerState) { optimizer.stepCount = Int(steps.scalar) }
        for (name, parameter) in namedParameters {
            var tensors: [Tensor] = []
            while let tensor = checkpoint.tensor("optimizer.\(name).\(tensors.count)", kind: .optimizerState) { tensors.append(tensor) }
            if !tensors.isEmpty { optimizer.setStateTensors(tensors, of: parameter) }
        }
    }

    /// Loads the checkpoint at `url` (see `load(_:path:model:optimizer:)`).
    public func load(from url: URL, model: String? = nil, optimizer: (any StatefulOptimizer)? = nil) throws {
        try load(Checkpoint(contentsOf: url), path: url.path, model: model, optimizer: optimizer)
    }
}
