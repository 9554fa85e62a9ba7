# Line plot: Gradient norm of each layer's weights (layer 1 is nearest the input)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot vanishing-gradient.gp                      for vanishing-gradient.png, or
#   gnuplot -e 'format="svg"' vanishing-gradient.gp   for vanishing-gradient.svg ("pdf" for vanishing-gradient.pdf).
# Data: vanishing-gradient-1.dat, vanishing-gradient-2.dat

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
set output "vanishing-gradient." . format
set encoding utf8
set clip two

set title "Gradient norm of each layer's weights (layer 1 is nearest the input)"
set xlabel "layer"
set ylabel "‖∂L/∂W‖"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "vanishing-gradient-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "sigmoid", \
     "vanishing-gradient-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "ReLU"

unset output
