# Line plot: Standard deviation of each layer's output
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot initialization-deviations.gp                      for initialization-deviations.png, or
#   gnuplot -e 'format="svg"' initialization-deviations.gp   for initialization-deviations.svg ("pdf" for initialization-deviations.pdf).
# Data: initialization-deviations-1.dat, initialization-deviations-2.dat, initialization-deviations-3.dat, initialization-deviations-4.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1000,500 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 6.25in,3.125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1000,500 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "initialization-deviations." . format
set encoding utf8
set clip two

set title "Standard deviation of each layer's output"
set xlabel "layer"
set ylabel "standard deviation"
set logscale y
set format y "%.0e"
set key outside right top
set border 3
set tics nomirror
set xtics 1
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "initialization-deviations-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "tanh, N(0, 0.01²), too small", \
     "initialization-deviations-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "tanh, N(0, 1), too large", \
     "initialization-deviations-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "tanh, Xavier", \
     "initialization-deviations-4.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#ff7f0e" pt 11 ps 0.8 title "ReLU, He"

unset output
