# Multiplot: Activations of each layer (columns) under each initialisation (rows) (Histogram)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot initialization-histograms.gp                      for initialization-histograms.png, or
#   gnuplot -e 'format="svg"' initialization-histograms.gp   for initialization-histograms.svg ("pdf" for initialization-histograms.pdf).
# Data: initialization-histograms-1.dat, initialization-histograms-2.dat, initialization-histograms-3.dat, initialization-histograms-4.dat, initialization-histograms-5.dat, initialization-histograms-6.dat, initialization-histograms-7.dat, initialization-histograms-8.dat, initialization-histograms-9.dat, initialization-histograms-10.dat, initialization-histograms-11.dat, initialization-histograms-12.dat, initialization-histograms-13.dat, initialization-histograms-14.dat, initialization-histograms-15.dat, initialization-histograms-16.dat, initialization-histograms-17.dat, initialization-histograms-18.dat, initialization-histograms-19.dat, initialization-histograms-20.dat, initialization-histograms-21.dat, initialization-histograms-22.dat, initialization-histograms-23.dat, initialization-histograms-24.dat, initialization-histograms-25.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1500,1230 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 9.375in,7.6875in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1500,1230 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "initialization-histograms." . format
set encoding utf8
set clip two

set multiplot layout 5,5 rowsfirst title "Activations of each layer (columns) under each initialisation (rows)" font ",14"

# Panel 1: Histogram: tanh, zeros · layer 1
reset
set title "tanh, zeros · layer 1"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-1.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 2: Histogram: tanh, zeros · layer 2
reset
set title "tanh, zeros · layer 2"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-2.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 3: Histogram: tanh, zeros · layer 3
reset
set title "tanh, zeros · layer 3"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-3.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 4: Histogram: tanh, zeros · layer 4
reset
set title "tanh, zeros · layer 4"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-4.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 5: Histogram: tanh, zeros · layer 5
reset
set title "tanh, zeros · layer 5"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-5.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 6: Histogram: tanh, N(0, 0.01²), too small · layer 1
reset
set title "tanh, N(0, 0.01²), too small · layer 1"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-6.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 7: Histogram: tanh, N(0, 0.01²), too small · layer 2
reset
set title "tanh, N(0, 0.01²), too small · layer 2"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-7.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 8: Histogram: tanh, N(0, 0.01²), too small · layer 3
reset
set title "tanh, N(0, 0.01²), too small · layer 3"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-8.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 9: Histogram: tanh, N(0, 0.01²), too small · layer 4
reset
set title "tanh, N(0, 0.01²), too small · layer 4"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-9.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 10: Histogram: tanh, N(0, 0.01²), too small · layer 5
reset
set title "tanh, N(0, 0.01²), too small · layer 5"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-10.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 11: Histogram: tanh, N(0, 1), too large · layer 1
reset
set title "tanh, N(0, 1), too large · layer 1"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-11.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 12: Histogram: tanh, N(0, 1), too large · layer 2
reset
set title "tanh, N(0, 1), too large · layer 2"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-12.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 13: Histogram: tanh, N(0, 1), too large · layer 3
reset
set title "tanh, N(0, 1), too large · layer 3"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-13.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 14: Histogram: tanh, N(0, 1), too large · layer 4
reset
set title "tanh, N(0, 1), too large · layer 4"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-14.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 15: Histogram: tanh, N(0, 1), too large · layer 5
reset
set title "tanh, N(0, 1), too large · layer 5"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-15.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 16: Histogram: tanh, Xavier · layer 1
reset
set title "tanh, Xavier · layer 1"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-16.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 17: Histogram: tanh, Xavier · layer 2
reset
set title "tanh, Xavier · layer 2"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-17.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 18: Histogram: tanh, Xavier · layer 3
reset
set title "tanh, Xavier · layer 3"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-18.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 19: Histogram: tanh, Xavier · layer 4
reset
set title "tanh, Xavier · layer 4"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-19.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 20: Histogram: tanh, Xavier · layer 5
reset
set title "tanh, Xavier · layer 5"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-1:1]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-20.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 21: Histogram: ReLU, He · layer 1
reset
set title "ReLU, He · layer 1"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [0:3]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-21.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 22: Histogram: ReLU, He · layer 2
reset
set title "ReLU, He · layer 2"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [0:3]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-22.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 23: Histogram: ReLU, He · layer 3
reset
set title "ReLU, He · layer 3"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [0:3]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-23.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 24: Histogram: ReLU, He · layer 4
reset
set title "ReLU, He · layer 4"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [0:3]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-24.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 25: Histogram: ReLU, He · layer 5
reset
set title "ReLU, He · layer 5"
set xlabel "activation"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [0:3]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "initialization-histograms-25.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

unset multiplot

unset output
