# Multiplot: Test images on their first two principal components (Scatter plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot features.gp                      for features.png, or
#   gnuplot -e 'format="svg"' features.gp   for features.svg ("pdf" for features.pdf).
# Data: features-1.dat, features-2.dat, features-3.dat, features-4.dat, features-5.dat, features-6.dat, features-7.dat, features-8.dat, features-9.dat, features-10.dat, features-11.dat, features-12.dat, features-13.dat, features-14.dat, features-15.dat, features-16.dat, features-17.dat, features-18.dat, features-19.dat, features-20.dat

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
set output "features." . format
set encoding utf8
set clip two

set multiplot layout 1,2 rowsfirst title "Test images on their first two principal components" font ",14"

# Panel 1: Scatter plot: features (128)
reset
set title "features (128)"
set xlabel "component 1"
set ylabel "component 2"
set key outside right top
set border 3
set tics nomirror

plot "features-1.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#1f77b4" title "T-shirt/top", \
     "features-2.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#d62728" title "Trouser", \
     "features-3.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#2ca02c" title "Pullover", \
     "features-4.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#ff7f0e" title "Dress", \
     "features-5.dat" using 1:2 with points pt 13 ps 0.4 lc rgb "#9467bd" title "Coat", \
     "features-6.dat" using 1:2 with points pt 15 ps 0.4 lc rgb "#8c564b" title "Sandal", \
     "features-7.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#e377c2" title "Shirt", \
     "features-8.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#7f7f7f" title "Sneaker", \
     "features-9.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#bcbd22" title "Bag", \
     "features-10.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#17becf" title "Ankle boot"

# Panel 2: Scatter plot: pixels (784)
reset
set title "pixels (784)"
set xlabel "component 1"
set ylabel "component 2"
set key outside right top
set border 3
set tics nomirror

plot "features-11.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#1f77b4" title "T-shirt/top", \
     "features-12.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#d62728" title "Trouser", \
     "features-13.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#2ca02c" title "Pullover", \
     "features-14.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#ff7f0e" title "Dress", \
     "features-15.dat" using 1:2 with points pt 13 ps 0.4 lc rgb "#9467bd" title "Coat", \
     "features-16.dat" using 1:2 with points pt 15 ps 0.4 lc rgb "#8c564b" title "Sandal", \
     "features-17.dat" using 1:2 with points pt 7 ps 0.4 lc rgb "#e377c2" title "Shirt", \
     "features-18.dat" using 1:2 with points pt 5 ps 0.4 lc rgb "#7f7f7f" title "Sneaker", \
     "features-19.dat" using 1:2 with points pt 9 ps 0.4 lc rgb "#bcbd22" title "Bag", \
     "features-20.dat" using 1:2 with points pt 11 ps 0.4 lc rgb "#17becf" title "Ankle boot"

unset multiplot

unset output
