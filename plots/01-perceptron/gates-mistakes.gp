# Line plot: Mistakes per epoch on the logic gates
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot gates-mistakes.gp                      for gates-mistakes.png, or
#   gnuplot -e 'format="svg"' gates-mistakes.gp   for gates-mistakes.svg ("pdf" for gates-mistakes.pdf).
# Data: gates-mistakes-1.dat, gates-mistakes-2.dat, gates-mistakes-3.dat

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
set output "gates-mistakes." . format
set encoding utf8
set clip two

set title "Mistakes per epoch on the logic gates"
set xlabel "epoch"
set ylabel "mistakes"
set key top right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set ytics 1
set format y "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gates-mistakes-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "AND", \
     "gates-mistakes-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "OR", \
     "gates-mistakes-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "XOR"

unset output
