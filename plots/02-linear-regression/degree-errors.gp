# Line plot: Error against polynomial degree
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot degree-errors.gp                      for degree-errors.png, or
#   gnuplot -e 'format="svg"' degree-errors.gp   for degree-errors.svg ("pdf" for degree-errors.pdf).
# Data: degree-errors-1.dat, degree-errors-2.dat

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
set output "degree-errors." . format
set encoding utf8
set clip two

set title "Error against polynomial degree"
set xlabel "degree"
set ylabel "mean squared error"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set xtics 1
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "degree-errors-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "training", \
     "degree-errors-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "validation"

unset output
