// Chapter 03 builds on chapter 02: importing Classification gives everything
// LinearRegression and Perceptron built, too.
@_exported import LinearRegression
