# Image grid: Logistic regression weights: red pushes towards sneaker, blue towards sandal
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot logistic-weights.gp                      for logistic-weights.png, or
#   gnuplot -e 'format="svg"' logistic-weights.gp   for logistic-weights.svg ("pdf" for logistic-weights.pdf).
# Data: logistic-weights.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 724,205 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 4.525in,1.28125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 724,205 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "logistic-weights." . format
set encoding utf8
set clip two

set multiplot layout 1,1 rowsfirst title "Logistic regression weights: red pushes towards sneaker, blue towards sandal" font ",14"

# Image 1: w
reset
set title "w"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.43170082569122314:0.43170082569122314]
unset border
unset tics
set colorbox user origin screen 0.5718232044198895, screen 0.06 size screen 0.019337016574585635, screen 0.7048780487804879
set cbtics scale 0.5 nomirror
set format cb "%.2g"
unset key
set size ratio -1
set lmargin at screen 0.32544198895027626
set rmargin at screen 0.5502486187845305
set tmargin at screen 0.6975609756097562
set bmargin at screen 0.02951219512195123
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "logistic-weights.dat" matrix with image

unset multiplot

unset output
