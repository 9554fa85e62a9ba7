// Chapter 02 builds on chapter 01: importing LinearRegression gives everything
// Perceptron built, too.
@_exported import Perceptron
// The readers of every data file the course uses (images and texts), from here on up.
@_exported import Datasets
