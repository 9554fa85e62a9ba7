# Line plot: Accuracy on 1000 test images after one signed gradient step of ε
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot attack-accuracy.gp                      for attack-accuracy.png, or
#   gnuplot -e 'format="svg"' attack-accuracy.gp   for attack-accuracy.svg ("pdf" for attack-accuracy.pdf).
# Data: attack-accuracy.dat

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
set output "attack-accuracy." . format
set encoding utf8
set clip two

set title "Accuracy on 1000 test images after one signed gradient step of ε"
set xlabel "ε (fraction of the pixel range)"
set ylabel "accuracy"
set yrange [0:1]
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "attack-accuracy.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "FGSM"

unset output
