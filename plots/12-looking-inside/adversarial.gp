# Image grid: The smallest signed step that changes the answer
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot adversarial.gp                      for adversarial.png, or
#   gnuplot -e 'format="svg"' adversarial.gp   for adversarial.svg ("pdf" for adversarial.pdf).
# Data: adversarial-1.dat, adversarial-2.dat, adversarial-3.dat, adversarial-4.dat, adversarial-5.dat, adversarial-6.dat, adversarial-7.dat, adversarial-8.dat, adversarial-9.dat, adversarial-10.dat, adversarial-11.dat, adversarial-12.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 472,700 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 2.95in,4.375in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 472,700 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "adversarial." . format
set encoding utf8
set clip two

set multiplot layout 4,3 rowsfirst title "The smallest signed step that changes the answer" font ",14"

# Image 1: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.33166666666666667
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-1.dat" matrix with image

# Image 2: ε 0.130: Shirt
reset
set title "ε 0.130: Shirt"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3416666666666667
set rmargin at screen 0.6583333333333333
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-2.dat" matrix with image

# Image 3: change
reset
set title "change"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.13000003:0.13000003]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6683333333333333
set rmargin at screen 0.985
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-3.dat" matrix with image

# Image 4: Sandal
reset
set title "Sandal"
set palette grey
set cbrange [0:0.99607843]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.33166666666666667
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-4.dat" matrix with image

# Image 5: ε 0.064: Sneaker
reset
set title "ε 0.064: Sneaker"
set palette grey
set cbrange [0:0.96203923]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3416666666666667
set rmargin at screen 0.6583333333333333
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-5.dat" matrix with image

# Image 6: change
reset
set title "change"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.06400001:0.06400001]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6683333333333333
set rmargin at screen 0.985
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-6.dat" matrix with image

# Image 7: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.33166666666666667
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-7.dat" matrix with image

# Image 8: ε 0.078: Shirt
reset
set title "ε 0.078: Shirt"
set palette grey
set cbrange [0:0.922]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3416666666666667
set rmargin at screen 0.6583333333333333
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-8.dat" matrix with image

# Image 9: change
reset
set title "change"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.07800001:0.07800001]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6683333333333333
set rmargin at screen 0.985
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-9.dat" matrix with image

# Image 10: Ankle boot
reset
set title "Ankle boot"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.33166666666666667
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-10.dat" matrix with image

# Image 11: ε 0.044: Sneaker
reset
set title "ε 0.044: Sneaker"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3416666666666667
set rmargin at screen 0.6583333333333333
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-11.dat" matrix with image

# Image 12: change
reset
set title "change"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04400003:0.04400003]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6683333333333333
set rmargin at screen 0.985
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "adversarial-12.dat" matrix with image

unset multiplot

unset output
