// The backward pass: the chain rule applied node by node, from the output back to the inputs.
// A node's gradient is complete only when every node that used it has sent its share, so the
// nodes are visited in reverse topological order (each before the inputs it read); a node used
// twice receives two shares, which add (the multivariable chain rule's sum over paths). Notes:
// chapters/14-automatic-differentiation/README.md, section 2.

/// The variables `output` depends on, each after all of its inputs: a depth-first search that
/// lists a node once every input it read is listed. Constants, through which no gradient flows,
/// are left out.
public func topologicalOrder(from output: Variable) -> [Variable] {
    var order: [Variable] = [], visited = Set<ObjectIdentifier>()
    // An explicit stack instead of recursion: a long chain (an unrolled LSTM) must not overflow it.
    var stack: [(variable: Variable, inputsListed: Bool)] = [(output, false)]
    while let (variable, inputsListed) = stack.popLast() {
        if inputsListed {
            order.append(variable)
            continue
        }
        guard !variable.isConstant, visited.insert(ObjectIdentifier(variable)).inserted else { continue }
        stack.append((variable, true))
        for input in variable.inputs.reversed() where !visited.contains(ObjectIdentifier(input)) { stack.append((input, false)) }
    }
    return order
}

extension Variable {
    /// Fills `gradient` of every variable this one depends on with ∂self/∂it. The output must hold
    /// one number, or `seed` must give ∂L/∂self of its shape (L a scalar computed from it
    /// elsewhere). Spends the tape.
    public func backward(seed: Tensor? = nil) {
        require(!tape.isSpent, "backward(): this tape was spent by an earlier backward(), which let go of what its "
                + "operations kept; record the computation again on a new Tape")
        require(seed != nil || value.count == 1,
                "backward(): v\(number) = \(operation) has shape \(value.shape), not one number: pass seed: ∂L/∂v\(number), "
                + "a tensor of that shape, or call backward() on a scalar such as its sum")
        if let seed {
            require(seed.shape == value.shape, "backward(): the seed's shape \(seed.shape) is not v\(number)'s \(value.shape)")
        }
        require(!isConstant, "backward(): v\(number) = \(operation) is computed from constants only; nothing to differentiate")
        let order = topologicalOrder(from: self)
        for variable in order { variable.gradient = nil }
        gradient = seed ?? Tensor(shape: value.shape, repeating: 1)
        for variable in order.reversed() {
            guard let outputGradient = variable.gradient, let step = variable.backwardStep else { continue }
            let inputGradients = step(outputGradient)
            require(inputGradients.count == variable.inputs.count,
                    "backward(): \(variable.operation) gave \(inputGradients.count) gradients for \(variable.inputs.count) inputs")
            for (input, inputGradient) in zip(variable.inputs, inputGradients) where !input.isConstant {
                require(inputGradient.shape == input.value.shape,
                        "backward(): \(variable.operation) gave a gradient of shape \(inputGradient.shape) for v\(input.number), "
                        + "whose shape is \(input.value.shape)")
                // A variable used by several operations collects the sum of their shares.
                input.gradient = input.gradient.map { $0 + inputGradient } ?? inputGradient
            }
        }
        tape.spend(order)
    }
}
