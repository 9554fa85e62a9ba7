# Line plot: Addition: training loss per step
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot addition-loss.gp                      for addition-loss.png, or
#   gnuplot -e 'format="svg"' addition-loss.gp   for addition-loss.svg ("pdf" for addition-loss.pdf).
# Data: addition-loss.dat

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
set output "addition-loss." . format
set encoding utf8
set clip two

set title "Addition: training loss per step"
set xlabel "step"
set ylabel "cross-entropy (nats)"
set logscale y
set format y "%.0e"
unset key
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "addition-loss.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" notitle

unset output
