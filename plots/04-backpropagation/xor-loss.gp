# Line plot: XOR: binary cross-entropy during training
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot xor-loss.gp                      for xor-loss.png, or
#   gnuplot -e 'format="svg"' xor-loss.gp   for xor-loss.svg ("pdf" for xor-loss.pdf).
# Data: xor-loss.dat

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
set output "xor-loss." . format
set encoding utf8
set clip two

set title "XOR: binary cross-entropy during training"
set xlabel "step"
set ylabel "loss"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "xor-loss.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "2-2-1 network"

unset output
