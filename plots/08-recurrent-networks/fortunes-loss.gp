# Line plot: Fortunes: training loss per step
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot fortunes-loss.gp                      for fortunes-loss.png, or
#   gnuplot -e 'format="svg"' fortunes-loss.gp   for fortunes-loss.svg ("pdf" for fortunes-loss.pdf).
# Data: fortunes-loss-1.dat, fortunes-loss-2.dat

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
set output "fortunes-loss." . format
set encoding utf8
set clip two

set title "Fortunes: training loss per step"
set xlabel "step"
set ylabel "bits per character"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "fortunes-loss-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#9ecae1" title "training batch", \
     "fortunes-loss-2.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#d62728" title "held out, after training"

unset output
