// Chapter 06 builds on chapter 05: importing ConvolutionalNetworks gives everything Training
// and the chapters before it built, too.
@_exported import Training
