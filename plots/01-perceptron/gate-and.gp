# Scatter plot: The perceptron's regions after training on AND
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot gate-and.gp                      for gate-and.png, or
#   gnuplot -e 'format="svg"' gate-and.gp   for gate-and.svg ("pdf" for gate-and.pdf).
# Data: gate-and-1.dat, gate-and-2.dat, gate-and-3.dat

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
set output "gate-and." . format
set encoding utf8
set clip two

set title "The perceptron's regions after training on AND"
set xlabel "x₁"
set ylabel "x₂"
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
set key outside right top
set border 3
set tics nomirror

plot "gate-and-1.dat" using 1:2:4:5:6 with rgbimage notitle, \
     "gate-and-2.dat" using 1:2 with points pt 7 ps 1 lc rgb "#1f77b4" title "label −1", \
     "gate-and-3.dat" using 1:2 with points pt 5 ps 1 lc rgb "#d62728" title "label +1"

unset output
