# Line plot: Training loss per epoch
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot line-training.gp                      for line-training.png, or
#   gnuplot -e 'format="svg"' line-training.gp   for line-training.svg ("pdf" for line-training.pdf).
# Data: line-training-1.dat, line-training-2.dat, line-training-3.dat

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
set output "line-training." . format
set encoding utf8
set clip two

set title "Training loss per epoch"
set xlabel "epoch"
set ylabel "mean squared error"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set xtics 20
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "line-training-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "batch, η = 0.5", \
     "line-training-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "mini-batch of 16, η = 0.1", \
     "line-training-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#2ca02c" title "stochastic, η = 0.01"

unset output
