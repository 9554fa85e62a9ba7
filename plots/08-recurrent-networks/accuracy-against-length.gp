# Line plot: Recalling the first digit after L distractors
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot accuracy-against-length.gp                      for accuracy-against-length.png, or
#   gnuplot -e 'format="svg"' accuracy-against-length.gp   for accuracy-against-length.svg ("pdf" for accuracy-against-length.pdf).
# Data: accuracy-against-length-1.dat, accuracy-against-length-2.dat, accuracy-against-length-3.dat, accuracy-against-length-4.dat, accuracy-against-length-5.dat

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
set output "accuracy-against-length." . format
set encoding utf8
set clip two

set title "Recalling the first digit after L distractors"
set xlabel "L (distractors)"
set ylabel "held-out accuracy"
set logscale x
set format x "%.0e"
set xrange [1.5384615384615383:208]
set yrange [0:1.05]
set key below
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "accuracy-against-length-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "RNN", \
     "accuracy-against-length-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "LSTM, b_f = 1", \
     "accuracy-against-length-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#2ca02c" pt 9 ps 0.8 title "LSTM, b_f = 5", \
     "accuracy-against-length-4.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#ff7f0e" pt 11 ps 0.8 title "echo state network", \
     "accuracy-against-length-5.dat" using 1:2 with lines lw 2 dt 2 lc rgb "#888888" title "chance"

unset output
