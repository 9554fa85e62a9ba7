# Line plot: 100 labelled images per class: validation accuracy after each epoch
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot learning-curves.gp                      for learning-curves.png, or
#   gnuplot -e 'format="svg"' learning-curves.gp   for learning-curves.svg ("pdf" for learning-curves.pdf).
# Data: learning-curves-1.dat, learning-curves-2.dat, learning-curves-3.dat

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
set output "learning-curves." . format
set encoding utf8
set clip two

set title "100 labelled images per class: validation accuracy after each epoch"
set xlabel "epoch"
set ylabel "validation accuracy"
set key bottom right
set border 3
set tics nomirror
set xtics 2
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "learning-curves-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "from scratch", \
     "learning-curves-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "frozen features", \
     "learning-curves-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "fine-tuned"

unset output
