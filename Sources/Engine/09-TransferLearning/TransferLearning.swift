// Chapter 09 builds on chapter 08: importing TransferLearning gives the whole engine.
// It adds what reusing a trained network takes: saving and loading networks in checkpoints
// (whose file format, Sources/Support/Checkpoints, chapters 06 and 07 write too), a unique
// name for every parameter, freezing, and new heads.
@_exported import Checkpoints
@_exported import RecurrentNetworks

extension Checkpoint.Entry {
    /// An entry holding `tensor`.
    public init(kind: Checkpoint.Kind, name: String, tensor: Tensor) {
        self.init(kind: kind, name: name, shape: tensor.shape, scalars: tensor.scalars)
    }

    /// The entry's numbers as a tensor.
    public var tensor: Tensor {
        get { Tensor(shape: shape, scalars: scalars) }
        set { (shape, scalars) = (newValue.shape, newValue.scalars) }
    }
}

extension Checkpoint {
    /// The tensor stored under `name` with this kind, if there is one.
    public func tensor(_ name: String, kind: Kind = .parameter) -> Tensor? { entry(name, kind: kind)?.tensor }
}
