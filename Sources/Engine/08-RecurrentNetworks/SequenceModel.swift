// A model of sequences: tokens → embedding → a recurrent layer → a linear read-out of every
// step's hidden state, and one training step of it with gradient clipping.
//
// Shapes: tokens [T, n], embedded [T, n, e], hidden states [T, n, h], logits [T, n, k].

/// Embedding, recurrent layer and read-out, trained together.
public final class SequenceModel {
    public let embedding: Embedding
    public let recurrent: any RecurrentLayer
    /// The read-out, applied to every step's hidden state: [T·n, h] → [T·n, k].
    public let readout: Linear

    public init(embedding: Embedding, recurrent: any RecurrentLayer, readout: Linear) {
        require(embedding.dimension == recurrent.inputSize && readout.inputCount == recurrent.hiddenSize,
                "SequenceModel: \(embedding.description), \(recurrent.description) and \(readout.description) do not fit "
                + "together")
        self.embedding = embedding
        self.recurrent = recurrent
        self.readout = readout
    }

    /// A model over `vocabulary` tokens (embedded in `embedding` numbers) with `classes` outputs,
    /// around the recurrent layer `make` builds from the embedding size.
    public convenience init(vocabulary: Int, embedding size: Int, classes: Int, using generator: inout SeededGenerator,
                            recurrent make: (_ inputSize: Int, _ generator: inout SeededGenerator) -> any RecurrentLayer) {
        let embedding = Embedding(vocabularySize: vocabulary, dimension: size, using: &generator)
        let recurrent = make(size, &generator)
        self.init(embedding: embedding, recurrent: recurrent,
                  readout: Linear(recurrent.hiddenSize, classes, name: "readout", using: &generator))
    }

    /// The logits of every step: [T, n] → [T, n, k].
    public func forward(_ tokens: Tensor) -> Tensor {
        let hidden = recurrent.forward(embedding.forward(tokens))
        let (T, n) = (hidden.shape[0], hidden.shape[1])
        return readout.forward(hidden.reshaped([T * n, recurrent.hiddenSize])).reshaped([T, n, readout.outputCount])
    }

    /// Fills every parameter's gradient from ∂L/∂logits [T, n, k].
    public func backward(_ logitGradient: Tensor) {
        let (T, n) = (logitGradient.shape[0], logitGradient.shape[1])
        let hiddenGradient = readout.backward(logitGradient.reshaped([T * n, readout.outputCount]))
        embedding.backwardParametersOnly(recurrent.backward(hiddenGradient.reshaped([T, n, recurrent.hiddenSize])))
    }

    public var parameters: [Parameter] { embedding.parameters + recurrent.parameters + readout.parameters }
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.value.count } }

    /// One step of training on a batch: forward, the loss at every step with a target (negative
    /// targets mark steps without one), backward through time, clipping when `maxNorm` is given
    /// (by `clipping`, which returns the norm before), and the optimiser's update. Returns the loss
    /// and the gradient's norm before clipping; throws, having changed no parameter, when the loss
    /// or the gradient is not a number.
    @discardableResult
    public func trainStep(_ tokens: Tensor, targets: Tensor, optimizer: any Optimizer, maxNorm: Float?, step: Int,
                          clipping: ([Parameter], Float) -> Float = { clipGradients($0, maxNorm: $1) })
        throws -> (loss: Float, gradientNorm: Float) {
        let (loss, gradient) = sequenceCrossEntropy(logits: forward(tokens), targets: targets)
        backward(gradient)
        let norm = maxNorm.map { clipping(parameters, $0) } ?? globalGradientNorm(parameters)
        guard loss.isFinite && norm.isFinite else {
            throw SequenceTrainingError.diverged(step: step, loss: loss, gradientNorm: norm, clipped: maxNorm)
        }
        optimizer.step(parameters)
        return (loss, norm)
    }
}

/// Training that cannot go on.
public enum SequenceTrainingError: Error, CustomStringConvertible {
    /// The loss or the gradient stopped being a number.
    case diverged(step: Int, loss: Float, gradientNorm: Float, clipped: Float?)

    public var description: String {
        switch self {
        case let .diverged(step, loss, norm, clipped):
            let advice = clipped.map { "the gradient was already clipped to \($0): lower the learning rate" }
                ?? "clip the gradient by its global norm (clipGradients, for example to 1 or 5), or lower the learning rate"
            return "training diverged at step \(step): the loss is \(loss) and the gradient's norm before clipping "
                + "\(norm). An exploding gradient (notes, section 4): \(advice)."
        }
    }
}
