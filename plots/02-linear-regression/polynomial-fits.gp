# Scatter plot: Polynomial fits to 12 training points
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot polynomial-fits.gp                      for polynomial-fits.png, or
#   gnuplot -e 'format="svg"' polynomial-fits.gp   for polynomial-fits.svg ("pdf" for polynomial-fits.pdf).
# Data: polynomial-fits-1.dat, polynomial-fits-2.dat, polynomial-fits-3.dat, polynomial-fits-4.dat, polynomial-fits-5.dat

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
set output "polynomial-fits." . format
set encoding utf8
set clip two

set title "Polynomial fits to 12 training points"
set xlabel "x"
set ylabel "y"
set yrange [-2:2]
set key outside right top
set border 3
set tics nomirror

plot "polynomial-fits-1.dat" using 1:2 with points pt 7 ps 1 lc rgb "#1f77b4" title "training points", \
     "polynomial-fits-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#bbbbbb" title "degree 1", \
     "polynomial-fits-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#7c7c7c" title "degree 3", \
     "polynomial-fits-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#3e3e3e" title "degree 9", \
     "polynomial-fits-5.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#000000" title "sin(πx)"

unset output
