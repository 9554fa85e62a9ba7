// Chapter 07 builds on chapter 06: importing Regularization gives everything
// ConvolutionalNetworks and the chapters before it built, too.
@_exported import ConvolutionalNetworks
