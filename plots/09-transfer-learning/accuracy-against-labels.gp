# Line plot: Classes 5-9: test accuracy against labelled images per class
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot accuracy-against-labels.gp                      for accuracy-against-labels.png, or
#   gnuplot -e 'format="svg"' accuracy-against-labels.gp   for accuracy-against-labels.svg ("pdf" for accuracy-against-labels.pdf).
# Data: accuracy-against-labels-1.dat, accuracy-against-labels-2.dat, accuracy-against-labels-3.dat

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
set output "accuracy-against-labels." . format
set encoding utf8
set clip two

set title "Classes 5-9: test accuracy against labelled images per class"
set xlabel "labelled images per class"
set ylabel "test accuracy"
set logscale x
set format x "%.0e"
set key bottom right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "accuracy-against-labels-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "from scratch", \
     "accuracy-against-labels-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "frozen features", \
     "accuracy-against-labels-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "fine-tuned"

unset output
