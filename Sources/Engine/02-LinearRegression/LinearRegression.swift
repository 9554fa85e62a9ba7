// Chapter 02 builds on chapter 01: importing LinearRegression gives everything
// Perceptron built, too.
@_exported import Perceptron
