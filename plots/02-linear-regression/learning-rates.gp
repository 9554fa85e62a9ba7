# Line plot: Loss against step for four learning rates
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot learning-rates.gp                      for learning-rates.png, or
#   gnuplot -e 'format="svg"' learning-rates.gp   for learning-rates.svg ("pdf" for learning-rates.pdf).
# Data: learning-rates-1.dat, learning-rates-2.dat, learning-rates-3.dat, learning-rates-4.dat

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
set output "learning-rates." . format
set encoding utf8
set clip two

set title "Loss against step for four learning rates"
set xlabel "step"
set ylabel "mean squared error"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "learning-rates-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "η = 0.05", \
     "learning-rates-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "η = 0.3", \
     "learning-rates-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#2ca02c" title "η = 0.9", \
     "learning-rates-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#ff7f0e" title "η = 1.5"

unset output
