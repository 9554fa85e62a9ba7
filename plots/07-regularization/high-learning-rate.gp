# Line plot: Training loss after each step
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot high-learning-rate.gp                      for high-learning-rate.png, or
#   gnuplot -e 'format="svg"' high-learning-rate.gp   for high-learning-rate.svg ("pdf" for high-learning-rate.pdf).
# Data: high-learning-rate-1.dat, high-learning-rate-2.dat, high-learning-rate-3.dat, high-learning-rate-4.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1000,600 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 6.25in,3.75in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1000,600 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "high-learning-rate." . format
set encoding utf8
set clip two

set title "Training loss after each step"
set xlabel "step"
set ylabel "cross-entropy"
set logscale y
set format y "%.0e"
set key below
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "high-learning-rate-1.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#1f77b4" title "without batch normalisation, η = 0.02", \
     "high-learning-rate-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "with batch normalisation, η = 0.02", \
     "high-learning-rate-3.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#2ca02c" title "without batch normalisation, η = 0.5", \
     "high-learning-rate-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#ff7f0e" title "with batch normalisation, η = 0.5"

unset output
