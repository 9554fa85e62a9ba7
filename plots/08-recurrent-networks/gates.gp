# Multiplot: Gate activations over "Whatever you do, do it well.", twelve units (Heatmap)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot gates.gp                      for gates.png, or
#   gnuplot -e 'format="svg"' gates.gp   for gates.svg ("pdf" for gates.pdf).
# Data: gates-1.dat, gates-2.dat, gates-3.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1100,1000 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 6.875in,6.25in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1100,1000 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "gates." . format
set encoding utf8
set clip two

set multiplot layout 3,1 rowsfirst title "Gate activations over \"Whatever you do, do it well.\", twelve units" font ",14"

# Panel 1: Heatmap: forget gate f
reset
set title "forget gate f"
set ylabel "unit"
unset key
set border 15
set tics nomirror
set palette defined (0 "#f7fbff", 0.5 "#6baed6", 1 "#08306b")
set cbrange [0:1]
set xrange [-0.5:27.5]
set yrange [11.5:-0.5]
set xtics ("W" 0, "h" 1, "a" 2, "t" 3, "e" 4, "v" 5, "e" 6, "r" 7, "␣" 8, "y" 9, "o" 10, "u" 11, "␣" 12, "d" 13, "o" 14, "," 15, "␣" 16, "d" 17, "o" 18, "␣" 19, "i" 20, "t" 21, "␣" 22, "w" 23, "e" 24, "l" 25, "l" 26, "." 27) scale 0
set ytics ("0" 0, "1" 1, "2" 2, "3" 3, "4" 4, "5" 5, "6" 6, "7" 7, "8" 8, "9" 9, "10" 10, "11" 11) scale 0

plot "gates-1.dat" matrix with image notitle

# Panel 2: Heatmap: input gate i
reset
set title "input gate i"
set ylabel "unit"
unset key
set border 15
set tics nomirror
set palette defined (0 "#f7fbff", 0.5 "#6baed6", 1 "#08306b")
set cbrange [0:1]
set xrange [-0.5:27.5]
set yrange [11.5:-0.5]
set xtics ("W" 0, "h" 1, "a" 2, "t" 3, "e" 4, "v" 5, "e" 6, "r" 7, "␣" 8, "y" 9, "o" 10, "u" 11, "␣" 12, "d" 13, "o" 14, "," 15, "␣" 16, "d" 17, "o" 18, "␣" 19, "i" 20, "t" 21, "␣" 22, "w" 23, "e" 24, "l" 25, "l" 26, "." 27) scale 0
set ytics ("0" 0, "1" 1, "2" 2, "3" 3, "4" 4, "5" 5, "6" 6, "7" 7, "8" 8, "9" 9, "10" 10, "11" 11) scale 0

plot "gates-2.dat" matrix with image notitle

# Panel 3: Heatmap: output gate o
reset
set title "output gate o"
set ylabel "unit"
unset key
set border 15
set tics nomirror
set palette defined (0 "#f7fbff", 0.5 "#6baed6", 1 "#08306b")
set cbrange [0:1]
set xrange [-0.5:27.5]
set yrange [11.5:-0.5]
set xtics ("W" 0, "h" 1, "a" 2, "t" 3, "e" 4, "v" 5, "e" 6, "r" 7, "␣" 8, "y" 9, "o" 10, "u" 11, "␣" 12, "d" 13, "o" 14, "," 15, "␣" 16, "d" 17, "o" 18, "␣" 19, "i" 20, "t" 21, "␣" 22, "w" 23, "e" 24, "l" 25, "l" 26, "." 27) scale 0
set ytics ("0" 0, "1" 1, "2" 2, "3" 3, "4" 4, "5" 5, "6" 6, "7" 7, "8" 8, "9" 9, "10" 10, "11" 11) scale 0

plot "gates-3.dat" matrix with image notitle

unset multiplot

unset output
