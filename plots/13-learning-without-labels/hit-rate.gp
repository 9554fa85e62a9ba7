# Line plot: MovieLens: how often a user's held-out film is among the top k recommended
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot hit-rate.gp                      for hit-rate.png, or
#   gnuplot -e 'format="svg"' hit-rate.gp   for hit-rate.svg ("pdf" for hit-rate.pdf).
# Data: hit-rate-1.dat, hit-rate-2.dat

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
set output "hit-rate." . format
set encoding utf8
set clip two

set title "MovieLens: how often a user's held-out film is among the top k recommended"
set xlabel "k"
set ylabel "hit rate at k"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "hit-rate-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "popularity", \
     "hit-rate-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "embeddings"

unset output
