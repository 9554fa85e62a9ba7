// Chapter 13: learning without labels. Autoencoders that learn to reproduce their input through
// a narrow code, the transposed convolution that lets a decoder grow an image, and embeddings
// trained as representations in their own right: a recommender from who used what.
// chapters/13-learning-without-labels/README.md.
@_exported import LookingInside
