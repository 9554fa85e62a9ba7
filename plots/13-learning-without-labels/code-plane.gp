# Multiplot: Test images in two numbers (Scatter plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot code-plane.gp                      for code-plane.png, or
#   gnuplot -e 'format="svg"' code-plane.gp   for code-plane.svg ("pdf" for code-plane.pdf).
# Data: code-plane-1.dat, code-plane-2.dat, code-plane-3.dat, code-plane-4.dat, code-plane-5.dat, code-plane-6.dat, code-plane-7.dat, code-plane-8.dat, code-plane-9.dat, code-plane-10.dat, code-plane-11.dat, code-plane-12.dat, code-plane-13.dat, code-plane-14.dat, code-plane-15.dat, code-plane-16.dat, code-plane-17.dat, code-plane-18.dat, code-plane-19.dat, code-plane-20.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1500,600 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 9.375in,3.75in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1500,600 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "code-plane." . format
set encoding utf8
set clip two

set multiplot layout 1,2 rowsfirst title "Test images in two numbers" font ",14"

# Panel 1: Scatter plot: autoencoder code
reset
set title "autoencoder code"
set xlabel "1"
set ylabel "2"
set key outside right top
set border 3
set tics nomirror

plot "code-plane-1.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#1f77b4" title "T-shirt/top", \
     "code-plane-2.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#d62728" title "Trouser", \
     "code-plane-3.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#2ca02c" title "Pullover", \
     "code-plane-4.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#ff7f0e" title "Dress", \
     "code-plane-5.dat" using 1:2 with points pt 13 ps 0.4 lc rgb "#9467bd" title "Coat", \
     "code-plane-6.dat" using 1:2 with points pt 15 ps 0.4 lc rgb "#8c564b" title "Sandal", \
     "code-plane-7.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#e377c2" title "Shirt", \
     "code-plane-8.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#7f7f7f" title "Sneaker", \
     "code-plane-9.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#bcbd22" title "Bag", \
     "code-plane-10.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#17becf" title "Ankle boot"

# Panel 2: Scatter plot: pixels' principal components
reset
set title "pixels' principal components"
set xlabel "1"
set ylabel "2"
set key outside right top
set border 3
set tics nomirror

plot "code-plane-11.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#1f77b4" title "T-shirt/top", \
     "code-plane-12.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#d62728" title "Trouser", \
     "code-plane-13.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#2ca02c" title "Pullover", \
     "code-plane-14.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#ff7f0e" title "Dress", \
     "code-plane-15.dat" using 1:2 with points pt 13 ps 0.4 lc rgb "#9467bd" title "Coat", \
     "code-plane-16.dat" using 1:2 with points pt 15 ps 0.4 lc rgb "#8c564b" title "Sandal", \
     "code-plane-17.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#e377c2" title "Shirt", \
     "code-plane-18.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#7f7f7f" title "Sneaker", \
     "code-plane-19.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#bcbd22" title "Bag", \
     "code-plane-20.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#17becf" title "Ankle boot"

unset multiplot

unset output
