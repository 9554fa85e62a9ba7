// Every file of real data the course reads, in one place: the images (Fashion-MNIST, MNIST, any
// set in their IDX format) through the IDX reader, which this module re-exports, and the texts
// (the fortunes, a word list) in TextFiles.swift. A chapter that reads data imports this; each
// error names the file, what is wrong with it, and for a file that is not there its Debian package.
@_exported import IDX
