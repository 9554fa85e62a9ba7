# Line plot: Overlapping blobs: perceptron mistakes against the delta rule's loss
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot overlap-training.gp                      for overlap-training.png, or
#   gnuplot -e 'format="svg"' overlap-training.gp   for overlap-training.svg ("pdf" for overlap-training.pdf).
# Data: overlap-training-1.dat, overlap-training-2.dat

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
set output "overlap-training." . format
set encoding utf8
set clip two

set title "Overlapping blobs: perceptron mistakes against the delta rule's loss"
set xlabel "epoch"
set ylabel "fraction of mistakes / mean squared error"
set key top right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "overlap-training-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "perceptron: fraction of mistakes in the epoch", \
     "overlap-training-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "ADALINE: mean squared error"

unset output
