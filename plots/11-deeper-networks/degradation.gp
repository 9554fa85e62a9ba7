# Line plot: Training loss, each point the mean of the last 20 batches
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot degradation.gp                      for degradation.png, or
#   gnuplot -e 'format="svg"' degradation.gp   for degradation.svg ("pdf" for degradation.pdf).
# Data: degradation-1.dat, degradation-2.dat, degradation-3.dat, degradation-4.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 900,560 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 5.625in,3.5in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 900,560 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "degradation." . format
set encoding utf8
set clip two

set title "Training loss, each point the mean of the last 20 batches"
set xlabel "step"
set ylabel "cross-entropy"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "degradation-1.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#1f77b4" title "plain 8", \
     "degradation-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "residual 8", \
     "degradation-3.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#2ca02c" title "plain 32", \
     "degradation-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#ff7f0e" title "residual 32"

unset output
