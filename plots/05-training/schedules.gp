# Line plot: Learning rate per epoch, from a base rate of 0.1
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot schedules.gp                      for schedules.png, or
#   gnuplot -e 'format="svg"' schedules.gp   for schedules.svg ("pdf" for schedules.pdf).
# Data: schedules-1.dat, schedules-2.dat, schedules-3.dat

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
set output "schedules." . format
set encoding utf8
set clip two

set title "Learning rate per epoch, from a base rate of 0.1"
set xlabel "epoch"
set ylabel "learning rate"
set key top right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "schedules-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "constant", \
     "schedules-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "step, ×0.5 every 10 epochs", \
     "schedules-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "cosine to 0 over 30 epochs"

unset output
