# Scatter plot: Overlapping blobs: final boundaries
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot overlap-boundaries.gp                      for overlap-boundaries.png, or
#   gnuplot -e 'format="svg"' overlap-boundaries.gp   for overlap-boundaries.svg ("pdf" for overlap-boundaries.pdf).
# Data: overlap-boundaries-1.dat, overlap-boundaries-2.dat, overlap-boundaries-3.dat, overlap-boundaries-4.dat

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
set output "overlap-boundaries." . format
set encoding utf8
set clip two

set title "Overlapping blobs: final boundaries"
set xlabel "x₁"
set ylabel "x₂"
set xrange [-4:4]
set yrange [-4:4]
set key outside right top
set border 3
set tics nomirror

plot "overlap-boundaries-1.dat" using 1:2 with points pt 7 ps 1 lc rgb "#1f77b4" title "label −1", \
     "overlap-boundaries-2.dat" using 1:2 with points pt 5 ps 1 lc rgb "#d62728" title "label +1", \
     "overlap-boundaries-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#bbbbbb" title "perceptron", \
     "overlap-boundaries-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#000000" title "ADALINE (delta rule)"

unset output
