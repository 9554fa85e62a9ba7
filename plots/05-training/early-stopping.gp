# Line plot: Early stopping: the weights of the best epoch are kept
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot early-stopping.gp                      for early-stopping.png, or
#   gnuplot -e 'format="svg"' early-stopping.gp   for early-stopping.svg ("pdf" for early-stopping.pdf).
# Data: early-stopping-1.dat, early-stopping-2.dat, early-stopping-3.dat

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
set output "early-stopping." . format
set encoding utf8
set clip two

set title "Early stopping: the weights of the best epoch are kept"
set xlabel "epoch"
set ylabel "cross-entropy"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set xtics 2
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "early-stopping-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "training", \
     "early-stopping-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "validation", \
     "early-stopping-3.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#2ca02c" title "best epoch (5)"

unset output
