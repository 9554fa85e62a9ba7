# Line plot: ‖∂L/∂h_t‖, the gradient reaching each step from a loss at the last (trained, L = 20)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot gradient-reach.gp                      for gradient-reach.png, or
#   gnuplot -e 'format="svg"' gradient-reach.gp   for gradient-reach.svg ("pdf" for gradient-reach.pdf).
# Data: gradient-reach-1.dat, gradient-reach-2.dat, gradient-reach-3.dat

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
set output "gradient-reach." . format
set encoding utf8
set clip two

set title "‖∂L/∂h_t‖, the gradient reaching each step from a loss at the last (trained, L = 20)"
set xlabel "step t"
set ylabel "gradient norm"
set logscale y
set format y "%.0e"
set key bottom right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gradient-reach-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "RNN", \
     "gradient-reach-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "LSTM, b_f = 1", \
     "gradient-reach-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#2ca02c" title "LSTM, b_f = 5"

unset output
