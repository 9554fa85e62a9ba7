# Bar chart: Chapter 06's network: one training step on 64 images, layer by layer
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot time-per-layer.gp                      for time-per-layer.png, or
#   gnuplot -e 'format="svg"' time-per-layer.gp   for time-per-layer.svg ("pdf" for time-per-layer.pdf).
# Data: time-per-layer-1.dat, time-per-layer-2.dat

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
set output "time-per-layer." . format
set encoding utf8
set clip two

set title "Chapter 06's network: one training step on 64 images, layer by layer"
set ylabel "milliseconds (log scale)"
set logscale y
set format y "%.0e"
set key below
set border 3
set tics nomirror
set xtics ("conv1" 0, "ReLU" 1, "pool" 2, "conv2" 3, "ReLU" 4, "pool" 5, "flatten" 6, "fc1" 7, "ReLU" 8, "fc2" 9) rotate by -30
set xrange [-0.6:9.6]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill solid 0.8 border -1

plot "time-per-layer-1.dat" using 1:2:3 with boxes lc rgb "#1f77b4" title "fast path (a fused layer's time on its first layer)", \
     "time-per-layer-2.dat" using 1:2:3 with boxes lc rgb "#d62728" title "readable"

unset output
