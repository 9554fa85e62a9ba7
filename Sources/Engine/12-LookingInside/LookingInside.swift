// Chapter 12: looking inside a trained network. Occlusion, saliency and SmoothGrad, gradient
// ascent on the input, adversarial examples and the features' principal components: each a
// forward or backward pass the engine already has, pointed at the input instead of the weights.
// chapters/12-looking-inside/README.md.
@_exported import DeeperNetworks
