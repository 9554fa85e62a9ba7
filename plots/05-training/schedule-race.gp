# Line plot: Validation accuracy per epoch under each schedule (same start, same batches)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot schedule-race.gp                      for schedule-race.png, or
#   gnuplot -e 'format="svg"' schedule-race.gp   for schedule-race.svg ("pdf" for schedule-race.pdf).
# Data: schedule-race-1.dat, schedule-race-2.dat, schedule-race-3.dat

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
set output "schedule-race." . format
set encoding utf8
set clip two

set title "Validation accuracy per epoch under each schedule (same start, same batches)"
set xlabel "epoch"
set ylabel "validation accuracy"
set key below
set border 3
set tics nomirror
set xtics 1
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "schedule-race-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "constant", \
     "schedule-race-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "step, ×0.5 every 2 epochs", \
     "schedule-race-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "cosine to 0 over 6 epochs"

unset output
