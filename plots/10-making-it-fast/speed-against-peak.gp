# Line plot: One matrix product four ways, against the machine's peak
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot speed-against-peak.gp                      for speed-against-peak.png, or
#   gnuplot -e 'format="svg"' speed-against-peak.gp   for speed-against-peak.svg ("pdf" for speed-against-peak.pdf).
# Data: speed-against-peak-1.dat, speed-against-peak-2.dat, speed-against-peak-3.dat, speed-against-peak-4.dat, speed-against-peak-5.dat, speed-against-peak-6.dat

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
set output "speed-against-peak." . format
set encoding utf8
set clip two

set title "One matrix product four ways, against the machine's peak"
set xlabel "n (C = A B, all n × n)"
set ylabel "GFLOP/s"
set logscale x
set format x "%.0e"
set logscale y
set format y "%.0e"
set xrange [51.2:640]
set key outside right top
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "speed-against-peak-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "dot products", \
     "speed-against-peak-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "rows (i, p, j)", \
     "speed-against-peak-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "blocks of 64", \
     "speed-against-peak-4.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#ff7f0e" pt 11 ps 0.8 title "OpenBLAS", \
     "speed-against-peak-5.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#9467bd" title "vector loop, one core", \
     "speed-against-peak-6.dat" using 1:2 with lines lw 2 dt 3 lc rgb "#8c564b" title "vector loop, 2 cores"

unset output
