// Chapter 05 builds on chapter 04: importing Training gives everything Backpropagation,
// Classification, LinearRegression and Perceptron built, too.
@_exported import Backpropagation
