// Chapter 10 builds on chapter 09: importing MakingItFast gives the whole engine. It adds no
// layer. It adds the measuring tools of chapters/10-making-it-fast/README.md, and the plain
// versions of what the fast paths do, written to be read: the matrix product by loops and by
// blocks, the convolution a few images at a time with its ReLU fused, a batch split across cores.
// The kernels floor, which the fast paths of chapters 06-08 use unseen, is this chapter's subject:
// it is re-exported here.
@_exported import Kernels
@_exported import TransferLearning
