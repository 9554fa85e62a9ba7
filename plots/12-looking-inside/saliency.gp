# Image grid: Saliency: |∂s/∂x| at the image, and averaged over noisy copies (SmoothGrad)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot saliency.gp                      for saliency.png, or
#   gnuplot -e 'format="svg"' saliency.gp   for saliency.svg ("pdf" for saliency.pdf).
# Data: saliency-1.dat, saliency-2.dat, saliency-3.dat, saliency-4.dat, saliency-5.dat, saliency-6.dat, saliency-7.dat, saliency-8.dat, saliency-9.dat, saliency-10.dat, saliency-11.dat, saliency-12.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 715,700 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 4.46875in,4.375in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 715,700 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "saliency." . format
set encoding utf8
set clip two

set multiplot layout 4,3 rowsfirst title "Saliency: |∂s/∂x| at the image, and averaged over noisy copies (SmoothGrad)" font ",14"

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
set lmargin at screen 0.17632867132867136
set rmargin at screen 0.3854428904428905
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-1.dat" matrix with image

# Image 2: |saliency|
reset
set title "|saliency|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [0:1.6791106]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3954428904428905
set rmargin at screen 0.6045571095571096
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-2.dat" matrix with image

# Image 3: |SmoothGrad|
reset
set title "|SmoothGrad|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [2.90367e-05:1.6227795]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6145571095571095
set rmargin at screen 0.8236713286713286
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-3.dat" matrix with image

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
set lmargin at screen 0.17632867132867136
set rmargin at screen 0.3854428904428905
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-4.dat" matrix with image

# Image 5: |saliency|
reset
set title "|saliency|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [0:1.6145321]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3954428904428905
set rmargin at screen 0.6045571095571096
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-5.dat" matrix with image

# Image 6: |SmoothGrad|
reset
set title "|SmoothGrad|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [9.5917734e-05:0.99345064]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6145571095571095
set rmargin at screen 0.8236713286713286
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-6.dat" matrix with image

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
set lmargin at screen 0.17632867132867136
set rmargin at screen 0.3854428904428905
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-7.dat" matrix with image

# Image 8: |saliency|
reset
set title "|saliency|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [0:1.211913]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3954428904428905
set rmargin at screen 0.6045571095571096
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-8.dat" matrix with image

# Image 9: |SmoothGrad|
reset
set title "|SmoothGrad|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [0.0002544071:0.7887927]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6145571095571095
set rmargin at screen 0.8236713286713286
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-9.dat" matrix with image

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
set lmargin at screen 0.17632867132867136
set rmargin at screen 0.3854428904428905
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-10.dat" matrix with image

# Image 11: |saliency|
reset
set title "|saliency|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [0:2.7032914]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3954428904428905
set rmargin at screen 0.6045571095571096
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-11.dat" matrix with image

# Image 12: |SmoothGrad|
reset
set title "|SmoothGrad|"
set palette defined (0 "black", 0.4 "#b2182b", 0.8 "#fdae61", 1 "white")
set cbrange [1.7507654e-06:1.7535138]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6145571095571095
set rmargin at screen 0.8236713286713286
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "saliency-12.dat" matrix with image

unset multiplot

unset output
