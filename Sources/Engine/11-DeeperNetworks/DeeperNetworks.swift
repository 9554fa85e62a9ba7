// Chapter 11: deeper networks. Stacks of 3 × 3 convolutions (VGG), 1 × 1 convolutions, global
// average pooling, and residual blocks, whose identity path carries the gradient past the
// layers it skips: chapters/11-deeper-networks/README.md.
@_exported import MakingItFast
