# Line plot: Mistakes on separable blobs against the convergence bound
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot blobs-mistakes.gp                      for blobs-mistakes.png, or
#   gnuplot -e 'format="svg"' blobs-mistakes.gp   for blobs-mistakes.svg ("pdf" for blobs-mistakes.pdf).
# Data: blobs-mistakes-1.dat, blobs-mistakes-2.dat, blobs-mistakes-3.dat

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
set output "blobs-mistakes." . format
set encoding utf8
set clip two

set title "Mistakes on separable blobs against the convergence bound"
set xlabel "epoch"
set ylabel "mistakes"
set logscale y
set format y "%.0e"
set key outside right top
set border 3
set tics nomirror
set xtics 1
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "blobs-mistakes-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "in that epoch", \
     "blobs-mistakes-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "so far", \
     "blobs-mistakes-3.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#2ca02c" title "(R/γ)² = 58078"

unset output
