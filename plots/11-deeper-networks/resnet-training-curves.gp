# Multiplot: The small ResNet on Fashion-MNIST (Line plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot resnet-training-curves.gp                      for resnet-training-curves.png, or
#   gnuplot -e 'format="svg"' resnet-training-curves.gp   for resnet-training-curves.svg ("pdf" for resnet-training-curves.pdf).
# Data: resnet-training-curves-1.dat, resnet-training-curves-2.dat, resnet-training-curves-3.dat, resnet-training-curves-4.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1100,450 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 6.875in,2.8125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1100,450 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "resnet-training-curves." . format
set encoding utf8
set clip two

set multiplot layout 1,2 rowsfirst title "The small ResNet on Fashion-MNIST" font ",14"

# Panel 1: Line plot: cross-entropy
reset
set title "cross-entropy"
set xlabel "epoch"
set ylabel "cross-entropy"
set key top right
set border 3
set tics nomirror
set xtics 2
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "resnet-training-curves-1.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "training (during the epoch)", \
     "resnet-training-curves-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "validation"

# Panel 2: Line plot: accuracy
reset
set title "accuracy"
set xlabel "epoch"
set ylabel "accuracy"
set key bottom right
set border 3
set tics nomirror
set xtics 2
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "resnet-training-curves-3.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#1f77b4" pt 7 ps 0.8 title "training (during the epoch)", \
     "resnet-training-curves-4.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "validation"

unset multiplot

unset output
