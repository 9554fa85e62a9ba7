// Chapter 14 · Automatic differentiation: a reverse-mode tape on the course's Tensor. Everything
// of chapters 01-13 is visible to its readers too.
@_exported import LearningWithoutLabels
