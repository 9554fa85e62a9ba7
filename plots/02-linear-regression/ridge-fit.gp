# Scatter plot: Degree 9 with and without the ridge penalty
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot ridge-fit.gp                      for ridge-fit.png, or
#   gnuplot -e 'format="svg"' ridge-fit.gp   for ridge-fit.svg ("pdf" for ridge-fit.pdf).
# Data: ridge-fit-1.dat, ridge-fit-2.dat, ridge-fit-3.dat, ridge-fit-4.dat

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
set output "ridge-fit." . format
set encoding utf8
set clip two

set title "Degree 9 with and without the ridge penalty"
set xlabel "x"
set ylabel "y"
set yrange [-2:2]
set key outside right top
set border 3
set tics nomirror

plot "ridge-fit-1.dat" using 1:2 with points pt 7 ps 1 lc rgb "#1f77b4" title "training points", \
     "ridge-fit-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#bbbbbb" title "λ = 0", \
     "ridge-fit-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#5d5d5d" title "λ = 3.1622776e-06", \
     "ridge-fit-4.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#000000" title "sin(πx)"

unset output
