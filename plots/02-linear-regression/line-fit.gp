# Scatter plot: A noisy line and the fitted lines
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot line-fit.gp                      for line-fit.png, or
#   gnuplot -e 'format="svg"' line-fit.gp   for line-fit.svg ("pdf" for line-fit.pdf).
# Data: line-fit-1.dat, line-fit-2.dat, line-fit-3.dat, line-fit-4.dat, line-fit-5.dat

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
set output "line-fit." . format
set encoding utf8
set clip two

set title "A noisy line and the fitted lines"
set xlabel "x"
set ylabel "y"
set key outside right top
set border 3
set tics nomirror

plot "line-fit-1.dat" using 1:2 with points pt 7 ps 1 lc rgb "#1f77b4" title "data", \
     "line-fit-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#bbbbbb" title "batch", \
     "line-fit-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#7c7c7c" title "mini-batch of 16", \
     "line-fit-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#3e3e3e" title "stochastic", \
     "line-fit-5.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#000000" title "closed form"

unset output
