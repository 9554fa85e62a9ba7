// Chapter 01 builds on the tensor, which every chapter computes with: importing
// Perceptron gives the whole of Tensors, too.
@_exported import Tensors
