# Line plot: How much a shift to the right changes the image and its pooled features
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot translation.gp                      for translation.png, or
#   gnuplot -e 'format="svg"' translation.gp   for translation.svg ("pdf" for translation.pdf).
# Data: translation-1.dat, translation-2.dat

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
set output "translation." . format
set encoding utf8
set clip two

set title "How much a shift to the right changes the image and its pooled features"
set xlabel "shift (pixels)"
set ylabel "‖f(shifted) − f(image)‖ / ‖f(image)‖"
set key bottom right
set border 3
set tics nomirror
set xtics 1
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "translation-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "raw pixels", \
     "translation-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "features after conv2 and the second max-pool"

unset output
