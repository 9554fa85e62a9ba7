# Multiplot: ‖∂L/∂y‖ reaching each layer's output, on one batch of 256 images (Line plot)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot gradient-norms.gp                      for gradient-norms.png, or
#   gnuplot -e 'format="svg"' gradient-norms.gp   for gradient-norms.svg ("pdf" for gradient-norms.pdf).
# Data: gradient-norms-1.dat, gradient-norms-2.dat, gradient-norms-3.dat, gradient-norms-4.dat, gradient-norms-5.dat, gradient-norms-6.dat, gradient-norms-7.dat, gradient-norms-8.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1400,560 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 8.75in,3.5in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1400,560 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "gradient-norms." . format
set encoding utf8
set clip two

set multiplot layout 1,2 rowsfirst title "‖∂L/∂y‖ reaching each layer's output, on one batch of 256 images" font ",14"

# Panel 1: Line plot: at initialisation
reset
set title "at initialisation"
set xlabel "layer (from the input)"
set ylabel "gradient norm"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gradient-norms-1.dat" using 1:2 with linespoints lw 2 dt 2 lc rgb "#1f77b4" pt 7 ps 0.8 title "plain 8", \
     "gradient-norms-2.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "residual 8", \
     "gradient-norms-3.dat" using 1:2 with linespoints lw 2 dt 2 lc rgb "#2ca02c" pt 9 ps 0.8 title "plain 32", \
     "gradient-norms-4.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#ff7f0e" pt 11 ps 0.8 title "residual 32"

# Panel 2: Line plot: after training
reset
set title "after training"
set xlabel "layer (from the input)"
set ylabel "gradient norm"
set logscale y
set format y "%.0e"
set key top right
set border 3
set tics nomirror
set grid xtics ytics lt 1 lc rgb "#dddddd" lw 1

plot "gradient-norms-5.dat" using 1:2 with linespoints lw 2 dt 2 lc rgb "#1f77b4" pt 7 ps 0.8 title "plain 8", \
     "gradient-norms-6.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#d62728" pt 5 ps 0.8 title "residual 8", \
     "gradient-norms-7.dat" using 1:2 with linespoints lw 2 dt 2 lc rgb "#2ca02c" pt 9 ps 0.8 title "plain 32", \
     "gradient-norms-8.dat" using 1:2 with linespoints lw 2 dt 1 lc rgb "#ff7f0e" pt 11 ps 0.8 title "residual 32"

unset multiplot

unset output
