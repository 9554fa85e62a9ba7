# Multiplot: Activations of each layer under five initialisations (Histogram)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot initialization-histograms.gp                      for initialization-histograms.png, or
#   gnuplot -e 'format="svg"' initialization-histograms.gp   for initialization-histograms.svg ("pdf" for initialization-histograms.pdf).
# Data: initialization-histograms-1.dat, initialization-histograms-2.dat, initialization-histograms-3.dat, initialization-histograms-4.dat, initialization-histograms-5.dat, initialization-histograms-6.dat, initialization-histograms-7.dat, initialization-histograms-8.dat, initialization-histograms-9.dat, initialization-histograms-10.dat, initialization-histograms-11.dat, initialization-histograms-12.dat, initialization-histograms-13.dat, initialization-histograms-14.dat, initialization-histograms-15.dat, initialization-histograms-16.dat, initialization-histograms-17.dat, initialization-histograms-18.dat, initialization-histograms-19.dat, initialization-histograms-20.dat, initialization-histograms-21.dat, initialization-histograms-22.dat, initialization-histograms-23.dat, initialization-histograms-24.dat, initialization-histograms-25.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1200,700 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 7.5in,4.375in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1200,700 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "initialization-histograms." . format
set encoding utf8
set clip two

set multiplot layout 2,3 rowsfirst title "Activations of each layer under five initialisations" font ",14"

# Panel 1: Histogram: tanh, zeros
reset
set title "tanh, zeros"
set xlabel "activation"
set ylabel "fraction"
set key top right
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-1.dat" using 1:4:2 with boxes lc rgb "#1f77b4" title "layer 1", \
     "initialization-histograms-2.dat" using 1:4:2 with boxes lc rgb "#d62728" title "layer 2", \
     "initialization-histograms-3.dat" using 1:4:2 with boxes lc rgb "#2ca02c" title "layer 3", \
     "initialization-histograms-4.dat" using 1:4:2 with boxes lc rgb "#ff7f0e" title "layer 4", \
     "initialization-histograms-5.dat" using 1:4:2 with boxes lc rgb "#9467bd" title "layer 5"

# Panel 2: Histogram: tanh, N(0, 0.01²), too small
reset
set title "tanh, N(0, 0.01²), too small"
set xlabel "activation"
set ylabel "fraction"
set key top right
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-6.dat" using 1:4:2 with boxes lc rgb "#1f77b4" title "layer 1", \
     "initialization-histograms-7.dat" using 1:4:2 with boxes lc rgb "#d62728" title "layer 2", \
     "initialization-histograms-8.dat" using 1:4:2 with boxes lc rgb "#2ca02c" title "layer 3", \
     "initialization-histograms-9.dat" using 1:4:2 with boxes lc rgb "#ff7f0e" title "layer 4", \
     "initialization-histograms-10.dat" using 1:4:2 with boxes lc rgb "#9467bd" title "layer 5"

# Panel 3: Histogram: tanh, N(0, 1), too large
reset
set title "tanh, N(0, 1), too large"
set xlabel "activation"
set ylabel "fraction"
set key top right
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-11.dat" using 1:4:2 with boxes lc rgb "#1f77b4" title "layer 1", \
     "initialization-histograms-12.dat" using 1:4:2 with boxes lc rgb "#d62728" title "layer 2", \
     "initialization-histograms-13.dat" using 1:4:2 with boxes lc rgb "#2ca02c" title "layer 3", \
     "initialization-histograms-14.dat" using 1:4:2 with boxes lc rgb "#ff7f0e" title "layer 4", \
     "initialization-histograms-15.dat" using 1:4:2 with boxes lc rgb "#9467bd" title "layer 5"

# Panel 4: Histogram: tanh, Xavier
reset
set title "tanh, Xavier"
set xlabel "activation"
set ylabel "fraction"
set key top right
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-16.dat" using 1:4:2 with boxes lc rgb "#1f77b4" title "layer 1", \
     "initialization-histograms-17.dat" using 1:4:2 with boxes lc rgb "#d62728" title "layer 2", \
     "initialization-histograms-18.dat" using 1:4:2 with boxes lc rgb "#2ca02c" title "layer 3", \
     "initialization-histograms-19.dat" using 1:4:2 with boxes lc rgb "#ff7f0e" title "layer 4", \
     "initialization-histograms-20.dat" using 1:4:2 with boxes lc rgb "#9467bd" title "layer 5"

# Panel 5: Histogram: ReLU, He
reset
set title "ReLU, He"
set xlabel "activation"
set ylabel "fraction"
set key top right
set border 3
set tics nomirror
set xrange [0:3]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-21.dat" using 1:4:2 with boxes lc rgb "#1f77b4" title "layer 1", \
     "initialization-histograms-22.dat" using 1:4:2 with boxes lc rgb "#d62728" title "layer 2", \
     "initialization-histograms-23.dat" using 1:4:2 with boxes lc rgb "#2ca02c" title "layer 3", \
     "initialization-histograms-24.dat" using 1:4:2 with boxes lc rgb "#ff7f0e" title "layer 4", \
     "initialization-histograms-25.dat" using 1:4:2 with boxes lc rgb "#9467bd" title "layer 5"

unset multiplot

unset output
