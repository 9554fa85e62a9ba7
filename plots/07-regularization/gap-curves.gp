# Multiplot: 1000 training images: training against validation accuracy (Line plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot gap-curves.gp                      for gap-curves.png, or
#   gnuplot -e 'format="svg"' gap-curves.gp   for gap-curves.svg ("pdf" for gap-curves.pdf).
# Data: gap-curves-1.dat, gap-curves-2.dat, gap-curves-3.dat, gap-curves-4.dat, gap-curves-5.dat, gap-curves-6.dat, gap-curves-7.dat, gap-curves-8.dat, gap-curves-9.dat, gap-curves-10.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1500,800 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 9.375in,5in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1500,800 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "gap-curves." . format
set encoding utf8
set clip two

set multiplot layout 2,3 rowsfirst title "1000 training images: training against validation accuracy" font ",14"

# Panel 1: Line plot: no regularisation
reset
set title "no regularisation"
set xlabel "epoch"
set ylabel "accuracy"
set yrange [0.5:1]
set key bottom right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gap-curves-1.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "training (during the epoch)", \
     "gap-curves-2.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "validation"

# Panel 2: Line plot: dropout 0.5
reset
set title "dropout 0.5"
set xlabel "epoch"
set ylabel "accuracy"
set yrange [0.5:1]
set key bottom right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gap-curves-3.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "training (during the epoch)", \
     "gap-curves-4.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "validation"

# Panel 3: Line plot: weight decay 0.005
reset
set title "weight decay 0.005"
set xlabel "epoch"
set ylabel "accuracy"
set yrange [0.5:1]
set key bottom right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gap-curves-5.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "training (during the epoch)", \
     "gap-curves-6.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "validation"

# Panel 4: Line plot: augmentation
reset
set title "augmentation"
set xlabel "epoch"
set ylabel "accuracy"
set yrange [0.5:1]
set key bottom right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gap-curves-7.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "training (during the epoch)", \
     "gap-curves-8.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "validation"

# Panel 5: Line plot: batch normalisation
reset
set title "batch normalisation"
set xlabel "epoch"
set ylabel "accuracy"
set yrange [0.5:1]
set key bottom right
set border 3
set tics nomirror
set xtics 5
set format x "%.0f"
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gap-curves-9.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#1f77b4" title "training (during the epoch)", \
     "gap-curves-10.dat" using 1:2 with lines lw 2 dt 1 lc rgb "#d62728" title "validation"

unset multiplot

unset output
