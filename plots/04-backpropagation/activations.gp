# Multiplot: Activations and their derivatives (Line plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot activations.gp                      for activations.png, or
#   gnuplot -e 'format="svg"' activations.gp   for activations.svg ("pdf" for activations.pdf).
# Data: activations-1.dat, activations-2.dat, activations-3.dat, activations-4.dat, activations-5.dat, activations-6.dat, activations-7.dat, activations-8.dat, activations-9.dat, activations-10.dat, activations-11.dat, activations-12.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1100,450 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 6.875in,2.8125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1100,450 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "activations." . format
set encoding utf8
set clip two

set multiplot layout 1,2 rowsfirst title "Activations and their derivatives" font ",14"

# Panel 1: Line plot: f(x)
reset
set title "f(x)"
set xlabel "x"
set ylabel "f(x)"
set yrange [-1.5:4]
set key top left
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "activations-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "sigmoid", \
     "activations-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "tanh", \
     "activations-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#2ca02c" title "ReLU", \
     "activations-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#ff7f0e" title "leaky ReLU (0.01)", \
     "activations-5.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#9467bd" title "ELU", \
     "activations-6.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#8c564b" title "softplus"

# Panel 2: Line plot: f′(x)
reset
set title "f′(x)"
set xlabel "x"
set ylabel "f′(x)"
set yrange [-0.1:1.2]
set key top left
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "activations-7.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "sigmoid", \
     "activations-8.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "tanh", \
     "activations-9.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#2ca02c" title "ReLU", \
     "activations-10.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#ff7f0e" title "leaky ReLU (0.01)", \
     "activations-11.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#9467bd" title "ELU", \
     "activations-12.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#8c564b" title "softplus"

unset multiplot

unset output
