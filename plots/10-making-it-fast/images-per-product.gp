# Line plot: conv2's forward pass on 64 images: time against images per product
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot images-per-product.gp                      for images-per-product.png, or
#   gnuplot -e 'format="svg"' images-per-product.gp   for images-per-product.svg ("pdf" for images-per-product.pdf).
# Data: images-per-product.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 800,500 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 5in,3.125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 800,500 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "images-per-product." . format
set encoding utf8
set clip two

set title "conv2's forward pass on 64 images: time against images per product"
set xlabel "images per matrix product"
set ylabel "milliseconds"
set logscale x
set format x "%.0e"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "images-per-product.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "convolutionInChunks"

unset output
