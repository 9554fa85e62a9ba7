# Multiplot: Batch gradient descent with five learning rates (Line plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot learning-rates.gp                      for learning-rates.png, or
#   gnuplot -e 'format="svg"' learning-rates.gp   for learning-rates.svg ("pdf" for learning-rates.pdf).
# Data: learning-rates-1.dat, learning-rates-2.dat, learning-rates-3.dat, learning-rates-4.dat, learning-rates-5.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1200,500 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 7.5in,3.125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1200,500 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "learning-rates." . format
set encoding utf8
set clip two

set multiplot layout 1,2 rowsfirst title "Batch gradient descent with five learning rates" font ",14"

# Panel 1: Line plot: stable: the loss above its minimum, L − L*
reset
set title "stable: the loss above its minimum, L − L*"
set xlabel "step"
set ylabel "L − L*"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "learning-rates-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "η = 0.05", \
     "learning-rates-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "η = 0.3", \
     "learning-rates-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#2ca02c" title "η = 0.75", \
     "learning-rates-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#ff7f0e" title "η = 0.95"

# Panel 2: Line plot: too large: the loss grows until it overflows
reset
set title "too large: the loss grows until it overflows"
set xlabel "step"
set ylabel "mean squared error"
set logscale y
set format y "%.0e"
set key bottom right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "learning-rates-5.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#9467bd" title "η = 1.5"

unset multiplot

unset output
