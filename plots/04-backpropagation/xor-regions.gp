# Scatter plot: XOR: the 2-2-1 network's regions (two lines, one per hidden unit)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot xor-regions.gp                      for xor-regions.png, or
#   gnuplot -e 'format="svg"' xor-regions.gp   for xor-regions.svg ("pdf" for xor-regions.pdf).
# Data: xor-regions-1.dat, xor-regions-2.dat, xor-regions-3.dat

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
set output "xor-regions." . format
set encoding utf8
set clip two

set title "XOR: the 2-2-1 network's regions (two lines, one per hidden unit)"
set xlabel "x₁"
set ylabel "x₂"
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
set key outside right top
set border 3
set tics nomirror

plot "xor-regions-1.dat" using 1:2:4:5:6 with rgbimage notitle, \
     "xor-regions-2.dat" using 1:2 with points pt 7 ps 2 lc rgb "#1f77b4" title "false", \
     "xor-regions-3.dat" using 1:2 with points pt 5 ps 2 lc rgb "#d62728" title "true"

unset output
