// Convolution on a signal, the way in to images: one kernel slides along one axis.
// Derivation and pictures: chapters/06-convnets/README.md, section 1.

/// Cross-correlation, what deep learning calls convolution: y[j] = Σ_v x[j + v] W[v] for every j
/// where the kernel fits ("valid"). A signal [w] and a kernel [kw] give [w − kw + 1].
public func correlate1D(_ signal: Tensor, _ kernel: Tensor) -> Tensor {
    require(signal.rank == 1 && kernel.rank == 1 && kernel.count >= 1 && kernel.count <= signal.count,
                 "correlate1D: needs a signal [w] and a kernel [kw] with 1 ≤ kw ≤ w, got \(signal.shape) and \(kernel.shape)")
    let outputs = signal.count - kernel.count + 1
    return Tensor((0..<outputs).map { i in (0..<kernel.count).reduce(0) { $0 + signal[i + $1] * kernel[$1] } })
}

/// Convolution as mathematics defines it: y[j] = Σ_v x[j + v] W[kw − 1 − v], the same sum with the
/// kernel flipped. Convolution commutes and composes (W₁ ∗ (W₂ ∗ x) = (W₁ ∗ W₂) ∗ x);
/// correlation does not, but a learned kernel does not care which it is: learning the
/// flipped kernel is the same as learning the kernel.
public func convolve1D(_ signal: Tensor, _ kernel: Tensor) -> Tensor {
    correlate1D(signal, Tensor(kernel.scalars.reversed()))
}
