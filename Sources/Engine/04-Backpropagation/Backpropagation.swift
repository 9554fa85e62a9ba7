// Chapter 04 builds on chapter 03: importing Backpropagation gives everything
// Classification, LinearRegression and Perceptron built, too.
@_exported import Classification
