# Line plot: Training loss per step (moving average over about 50 batches)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot optimizer-race.gp                      for optimizer-race.png, or
#   gnuplot -e 'format="svg"' optimizer-race.gp   for optimizer-race.svg ("pdf" for optimizer-race.pdf).
# Data: optimizer-race-1.dat, optimizer-race-2.dat, optimizer-race-3.dat, optimizer-race-4.dat, optimizer-race-5.dat

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
set output "optimizer-race." . format
set encoding utf8
set clip two

set title "Training loss per step (moving average over about 50 batches)"
set xlabel "step"
set ylabel "cross-entropy"
set logscale x
set format x "%.0e"
set logscale y
set format y "%.0e"
set key bottom left
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "optimizer-race-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "SGD, η = 0.05", \
     "optimizer-race-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "momentum 0.9, η = 0.01", \
     "optimizer-race-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#2ca02c" title "Nesterov 0.9, η = 0.01", \
     "optimizer-race-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#ff7f0e" title "RMSprop, η = 0.001", \
     "optimizer-race-5.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#9467bd" title "Adam, η = 0.001"

unset output
