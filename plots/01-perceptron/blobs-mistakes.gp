# Line plot: Mistakes per epoch on separable blobs
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot blobs-mistakes.gp                      for blobs-mistakes.png, or
#   gnuplot -e 'format="svg"' blobs-mistakes.gp   for blobs-mistakes.svg ("pdf" for blobs-mistakes.pdf).
# Data: blobs-mistakes.dat

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
set output "blobs-mistakes." . format
set encoding utf8
set clip two

set title "Mistakes per epoch on separable blobs"
set xlabel "epoch"
set ylabel "mistakes"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "blobs-mistakes.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "perceptron"

unset output
