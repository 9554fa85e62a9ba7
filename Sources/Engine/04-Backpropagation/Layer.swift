// A network is a chain of layers. Each layer computes its output from its input
// (forward), and, given how the loss changes with its output, computes how the loss
// changes with its input and with its own parameters (backward). The chain rule does the
// rest: chapters/04-backpropagation/README.md.
//
// Shapes: a batch of n rows; input [n, inputs], output [n, outputs].

/// A trainable tensor and the gradient of the loss with respect to it.
///
/// A class, so that a layer, an optimiser and a checkpoint can all refer to the same
/// parameter and change it in place.
public final class Parameter {
    /// The parameter's current value.
    public var value: Tensor
    /// ∂L/∂value from the last backward pass; the same shape as `value`.
    public var gradient: Tensor
    /// A name for messages and checkpoints, such as "linear1.weight".
    public var name: String
    /// Whether training leaves this parameter as it is (chapter 09, transfer learning):
    /// optimisers skip it, and `Sequential.backwardParametersOnly` stops before the layers
    /// whose parameters are all frozen, so their gradients are not computed at all.
    public var isFrozen = false

    public init(_ value: Tensor, name: String) {
        self.value = value
        self.gradient = .zeros(value.shape)
        self.name = name
    }
}

/// Numbers a layer keeps that are not trained by gradients, such as batch normalisation's
/// running mean (chapter 07). They are saved and restored with the parameters, and no
/// optimiser ever sees them.
public final class LayerState {
    /// The current value.
    public var value: Tensor
    /// A name for messages and checkpoints, such as "bn1.runningMean".
    public let name: String

    public init(_ value: Tensor, name: String) {
        self.value = value
        self.name = name
    }
}

/// Whether a network is learning or being measured. Layers that behave differently in the
/// two, dropout and batch normalisation (chapter 07), follow it; the others ignore it.
public enum Mode: Sendable, Equatable {
    case training, evaluation
}

/// One stage of a network, its forward and backward passes side by side.
public protocol Layer: AnyObject {
    /// The output for a batch of inputs. Remembers what `backward` will need.
    func forward(_ input: Tensor) -> Tensor
    /// Given ∂L/∂output for the batch last passed to `forward`, stores ∂L/∂parameter in
    /// each parameter's `gradient` and returns ∂L/∂input.
    func backward(_ outputGradient: Tensor) -> Tensor
    /// The same as `backward`, for the first layer of a network, whose ∂L/∂input nobody
    /// needs: a layer may skip computing it (for the first `Linear` of an MLP that is over a quarter of a step's arithmetic).
    func backwardParametersOnly(_ outputGradient: Tensor)
    /// The layer's parameters (none for an activation).
    var parameters: [Parameter] { get }
    /// A short description, such as "Linear(784 → 256)".
    var description: String { get }
    /// Numbers kept beside the parameters that gradients do not train (none for most layers).
    var state: [LayerState] { get }
    /// Switches the layer to training or evaluation behaviour (nothing to do for most layers).
    func setMode(_ mode: Mode)
}

extension Layer {
    public var parameters: [Parameter] { [] }
    public func backwardParametersOnly(_ outputGradient: Tensor) { _ = backward(outputGradient) }
    public var state: [LayerState] { [] }
    public func setMode(_ mode: Mode) {}
}

/// A layer that can also do the work of the layers written after it, in the same pass over
/// memory: a convolution followed by a ReLU and a pooling (chapter 10, section 6). A network
/// is written as the notes draw it; `Sequential` asks each of these layers once whether it can
/// take over the ones after it, and runs what it gets in their place, with the same numbers.
public protocol FusesFollowingLayers: Layer {
    /// One layer doing the work of this one and of the first `count` layers of `following`, or
    /// nil when it cannot take over the first of them.
    func fused(with following: ArraySlice<any Layer>) -> (layer: any Layer, count: Int)?
}

/// Stops with a message naming the layer when `backward` runs before `forward`.
package func cached(_ tensor: Tensor?, _ layer: String) -> Tensor {
    guard let tensor else { preconditionFailure("\(layer).backward: call forward first, so the layer has an input to differentiate at") }
    return tensor
}
