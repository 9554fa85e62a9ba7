# Scatter plot: The perceptron's boundary as it learns
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot blobs-boundary.gp                      for blobs-boundary.png, or
#   gnuplot -e 'format="svg"' blobs-boundary.gp   for blobs-boundary.svg ("pdf" for blobs-boundary.pdf).
# Data: blobs-boundary-1.dat, blobs-boundary-2.dat, blobs-boundary-3.dat, blobs-boundary-4.dat, blobs-boundary-5.dat, blobs-boundary-6.dat

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
set output "blobs-boundary." . format
set encoding utf8
set clip two

set title "The perceptron's boundary as it learns"
set xlabel "x₁"
set ylabel "x₂"
set xrange [-0.5:4.5]
set yrange [-0.5:4.5]
set key outside right top
set border 3
set tics nomirror

plot "blobs-boundary-1.dat" using 1:2 with points pt 7 ps 1 lc rgb "#1f77b4" title "label −1", \
     "blobs-boundary-2.dat" using 1:2 with points pt 5 ps 1 lc rgb "#d62728" title "label +1", \
     "blobs-boundary-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#bbbbbb" title "after epoch 1", \
     "blobs-boundary-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#7c7c7c" title "after epoch 2", \
     "blobs-boundary-5.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#3e3e3e" title "after epoch 3", \
     "blobs-boundary-6.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#000000" title "after epoch 6"

unset output
