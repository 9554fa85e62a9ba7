// Chapter 06 builds on chapter 05: importing ConvolutionalNetworks gives everything Training
// and the chapters before it built, too.
@_exported import Training
// The window arithmetic lives on the kernels floor, which the fast paths share; it is taught here.
@_exported import struct Kernels.ConvolutionGeometry
