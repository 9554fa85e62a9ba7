# Multiplot: Values going into each ReLU: without (top) and with (bottom) batch normalisation (Histogram)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot relu-inputs.gp                      for relu-inputs.png, or
#   gnuplot -e 'format="svg"' relu-inputs.gp   for relu-inputs.svg ("pdf" for relu-inputs.pdf).
# Data: relu-inputs-1.dat, relu-inputs-2.dat, relu-inputs-3.dat, relu-inputs-4.dat, relu-inputs-5.dat, relu-inputs-6.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1500,700 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 9.375in,4.375in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1500,700 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "relu-inputs." . format
set encoding utf8
set clip two

set multiplot layout 2,3 rowsfirst title "Values going into each ReLU: without (top) and with (bottom) batch normalisation" font ",14"

# Panel 1: Histogram: no regularisation · into conv1's ReLU
reset
set title "no regularisation · into conv1's ReLU"
set xlabel "value"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-6:6]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "relu-inputs-1.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 2: Histogram: no regularisation · into conv2's ReLU
reset
set title "no regularisation · into conv2's ReLU"
set xlabel "value"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-6:6]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "relu-inputs-2.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 3: Histogram: no regularisation · into fc1's ReLU
reset
set title "no regularisation · into fc1's ReLU"
set xlabel "value"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-6:6]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "relu-inputs-3.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 4: Histogram: batch normalisation · into conv1's ReLU
reset
set title "batch normalisation · into conv1's ReLU"
set xlabel "value"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-6:6]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "relu-inputs-4.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 5: Histogram: batch normalisation · into conv2's ReLU
reset
set title "batch normalisation · into conv2's ReLU"
set xlabel "value"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-6:6]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "relu-inputs-5.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

# Panel 6: Histogram: batch normalisation · into fc1's ReLU
reset
set title "batch normalisation · into fc1's ReLU"
set xlabel "value"
set ylabel "fraction"
unset key
set border 3
set tics nomirror
set xrange [-6:6]
set yrange [0:*]
set grid ytics lt 1 lc rgb "#dddddd" lw 1
set style fill transparent solid 0.4 border

plot "relu-inputs-6.dat" using 1:4:2 with boxes lc rgb "#1f77b4" notitle

unset multiplot

unset output
