# Heatmap: Confusion matrix on the test set (rows: true class)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot confusion-matrix.gp                      for confusion-matrix.png, or
#   gnuplot -e 'format="svg"' confusion-matrix.gp   for confusion-matrix.svg ("pdf" for confusion-matrix.pdf).
# Data: confusion-matrix.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 820,770 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 5.125in,4.8125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 820,770 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "confusion-matrix." . format
set encoding utf8
set clip two

set title "Confusion matrix on the test set (rows: true class)"
set xlabel "predicted class"
set ylabel "true class"
unset key
set border 15
set tics nomirror
set palette defined (0 "#f7fbff", 0.5 "#6baed6", 1 "#08306b")
set cbrange [0:958]
set xrange [-0.5:9.5]
set yrange [9.5:-0.5]
set xtics ("T-shirt/top" 0, "Trouser" 1, "Pullover" 2, "Dress" 3, "Coat" 4, "Sandal" 5, "Shirt" 6, "Sneaker" 7, "Bag" 8, "Ankle boot" 9) scale 0 rotate by 45 right
set ytics ("T-shirt/top" 0, "Trouser" 1, "Pullover" 2, "Dress" 3, "Coat" 4, "Sandal" 5, "Shirt" 6, "Sneaker" 7, "Bag" 8, "Ankle boot" 9) scale 0
value_format = "%.0f"

plot "confusion-matrix.dat" matrix with image notitle, \
     "confusion-matrix.dat" matrix using 1:2:($3 == $3 ? sprintf(value_format, $3) : ""):($3 > 479 ? 0xffffff : 0x000000) with labels tc rgb variable notitle

unset output
