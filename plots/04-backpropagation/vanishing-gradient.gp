# Multiplot: Gradient norms layer by layer (layer 1 is nearest the input) (Line plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot vanishing-gradient.gp                      for vanishing-gradient.png, or
#   gnuplot -e 'format="svg"' vanishing-gradient.gp   for vanishing-gradient.svg ("pdf" for vanishing-gradient.pdf).
# Data: vanishing-gradient-1.dat, vanishing-gradient-2.dat, vanishing-gradient-3.dat, vanishing-gradient-4.dat, vanishing-gradient-5.dat, vanishing-gradient-6.dat

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
set output "vanishing-gradient." . format
set encoding utf8
set clip two

set multiplot layout 1,2 rowsfirst title "Gradient norms layer by layer (layer 1 is nearest the input)" font ",14"

# Panel 1: Line plot: each layer's weights
reset
set title "each layer's weights"
set xlabel "layer"
set ylabel "‖∂L/∂W‖"
set logscale y
set format y "%.0e"
set key bottom right
set border 3
set tics nomirror
set xtics 2
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "vanishing-gradient-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "sigmoid", \
     "vanishing-gradient-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "ReLU", \
     "vanishing-gradient-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "ReLU, He init"

# Panel 2: Line plot: each hidden layer's output
reset
set title "each hidden layer's output"
set xlabel "hidden layer"
set ylabel "‖∂L/∂h‖"
set logscale y
set format y "%.0e"
set key bottom right
set border 3
set tics nomirror
set xtics 1
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "vanishing-gradient-4.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "sigmoid", \
     "vanishing-gradient-5.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "ReLU", \
     "vanishing-gradient-6.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "ReLU, He init"

unset multiplot

unset output
