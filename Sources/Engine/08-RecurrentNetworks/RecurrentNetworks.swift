// Chapter 08 builds on chapter 07: importing RecurrentNetworks gives everything
// Regularization and the chapters before it built, too.
//
// Sequences are time-major throughout: a batch of n sequences of T steps, d numbers per
// step, is a tensor [T, n, d], so that step t is one contiguous [n, d] block, the matrix
// a step's product reads. Tokens (characters, digits) are [T, n] tensors of whole-number indices.
@_exported import Regularization
