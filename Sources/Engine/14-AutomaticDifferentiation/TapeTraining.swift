// Training with the tape's gradients instead of the hand-derived ones: a network of the layers
// the tape knows is recorded, forward, on a fresh tape each step; the loss's backward pass fills
// the gradients of its parameters, and any optimiser of chapter 05 takes the step as before.
// Notes: chapters/14-automatic-differentiation/README.md, section 5.

/// A graph printed one line per variable, inputs first: "v3 = matmul(v1, v2) [2, 4]".
public func graphDescription(of output: Variable) -> String {
    topologicalOrder(from: output).map(\.description).joined(separator: "\n")
}

extension Sequential {
    /// The mean softmax cross-entropy of the network's logits for `inputs` against `labels`, with
    /// every parameter's gradient computed by the tape rather than by the layers' own backward
    /// passes. Knows chapter 04's layers (Linear, ReLU, Sigmoid, Tanh) and Flatten; any other
    /// stops, named. Returns the loss and the numbers the tape held.
    public func tapeLossAndGradients(inputs: Tensor, labels: [Int]) -> (loss: Float, heldScalars: Int) {
        let tape = Tape()
        var x = tape.constant(inputs, name: "inputs")
        var recorded: [(Parameter, Variable)] = []
        func variable(_ parameter: Parameter) -> Variable {
            let v = tape.variable(parameter.value, name: parameter.name)
            recorded.append((parameter, v))
            return v
        }
        for layer in layers {
            switch layer {
            case let linear as Linear: x = TapeLayers.linear(x, weight: variable(linear.weight), bias: variable(linear.bias))
            case is ReLU: x = relu(x)
            case is Sigmoid: x = sigmoid(x)
            case is Tanh: x = tanh(x)
            case is Flatten: x = x.reshaped([x.shape[0], x.value.count / x.shape[0]])
            default: require(false, "tapeLossAndGradients: the tape has no recording of \(layer.description) (it knows Linear, "
                             + "ReLU, Sigmoid, Tanh and Flatten)")
            }
        }
        let loss = TapeLayers.softmaxCrossEntropy(logits: x, labels: labels)
        let held = tape.heldScalars
        loss.backward()
        for (parameter, v) in recorded { parameter.gradient = v.gradient ?? .zeros(parameter.value.shape) }
        return (loss.value.scalar, held)
    }
}

extension SequenceModel {
    /// Chapter 08's loss, the mean cross-entropy over the steps with targets (negative ones have
    /// none), with every parameter's gradient computed by the tape: the embedding's rows, the
    /// recurrent layer unrolled from its primitives (an LSTM or an RNN, from zero state), the
    /// read-out at every step. Returns the loss and the numbers the tape held.
    public func tapeLossAndGradients(tokens: Tensor, targets: Tensor) -> (loss: Float, heldScalars: Int) {
        let (steps, n) = (tokens.shape[0], tokens.shape[1])
        let tape = Tape()
        var recorded: [(Parameter, Variable)] = []
        func variable(_ parameter: Parameter) -> Variable {
            let v = tape.variable(parameter.value, name: parameter.name)
            recorded.append((parameter, v))
            return v
        }
        let embedded = variable(embedding.table).rows(tokens.scalars.map { Int($0) }).reshaped([steps, n, embedding.dimension])
        let hidden: Variable
        switch recurrent {
        case let lstm as LSTM:
            hidden = TapeLayers.lstm(embedded, inputWeight: variable(lstm.inputWeight), recurrentWeight: variable(lstm.recurrentWeight),
                                     bias: variable(lstm.bias))
        case let rnn as RNN:
            hidden = TapeLayers.rnn(embedded, inputWeight: variable(rnn.inputWeight), recurrentWeight: variable(rnn.recurrentWeight),
                                    bias: variable(rnn.bias))
        default:
            require(false, "tapeLossAndGradients: the tape has no recording of \(recurrent.description) (it knows LSTM and RNN)")
            return (.nan, 0)
        }
        let logits = TapeLayers.linear(hidden.reshaped([steps * n, recurrent.hiddenSize]), weight: variable(readout.weight),
                                       bias: variable(readout.bias))
        let counted = targets.scalars.indices.filter { targets.scalars[$0] >= 0 }
        let loss = TapeLayers.softmaxCrossEntropy(logits: logits.rows(counted), labels: counted.map { Int(targets.scalars[$0]) })
        let held = tape.heldScalars
        loss.backward()
        for (parameter, v) in recorded { parameter.gradient = v.gradient ?? .zeros(parameter.value.shape) }
        return (loss.value.scalar, held)
    }
}
