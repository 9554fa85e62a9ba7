# Image grid: One test image and 8 channels after each stage of the CNN
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot feature-maps.gp                      for feature-maps.png, or
#   gnuplot -e 'format="svg"' feature-maps.gp   for feature-maps.svg ("pdf" for feature-maps.pdf).
# Data: feature-maps-1.dat, feature-maps-2.dat, feature-maps-3.dat, feature-maps-4.dat, feature-maps-5.dat, feature-maps-6.dat, feature-maps-7.dat, feature-maps-8.dat, feature-maps-9.dat, feature-maps-10.dat, feature-maps-11.dat, feature-maps-12.dat, feature-maps-13.dat, feature-maps-14.dat, feature-maps-15.dat, feature-maps-16.dat, feature-maps-17.dat, feature-maps-18.dat, feature-maps-19.dat, feature-maps-20.dat, feature-maps-21.dat, feature-maps-22.dat, feature-maps-23.dat, feature-maps-24.dat, feature-maps-25.dat, feature-maps-26.dat, feature-maps-27.dat, feature-maps-28.dat, feature-maps-29.dat, feature-maps-30.dat, feature-maps-31.dat, feature-maps-32.dat, feature-maps-33.dat, feature-maps-34.dat, feature-maps-35.dat, feature-maps-36.dat, feature-maps-37.dat, feature-maps-38.dat, feature-maps-39.dat, feature-maps-40.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1220,865 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 7.625in,5.40625in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1220,865 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "feature-maps." . format
set encoding utf8
set clip two

set multiplot layout 5,8 rowsfirst title "One test image and 8 channels after each stage of the CNN" font ",14"

# Image 1: input: Ankle boot
reset
set title "input: Ankle boot"
set palette grey
set cbrange [-1.8579139709472656:2.466986894607544]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.9283236994219654
set bmargin at screen 0.7696300578034683
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "feature-maps-1.dat" matrix with image

# Image 2
reset
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.9491329479768786
set bmargin at screen 0.7696300578034683
set xrange [-0.5:0.5]
set yrange [0.5:-0.5]
plot "feature-maps-2.dat" matrix with image

# Image 3
reset
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.9491329479768786
set bmargin at screen 0.7696300578034683
set xrange [-0.5:0.5]
set yrange [0.5:-0.5]
plot "feature-maps-3.dat" matrix with image

# Image 4
reset
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.9491329479768786
set bmargin at screen 0.7696300578034683
set xrange [-0.5:0.5]
set yrange [0.5:-0.5]
plot "feature-maps-4.dat" matrix with image

# Image 5
reset
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.9491329479768786
set bmargin at screen 0.7696300578034683
set xrange [-0.5:0.5]
set yrange [0.5:-0.5]
plot "feature-maps-5.dat" matrix with image

# Image 6
reset
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.9491329479768786
set bmargin at screen 0.7696300578034683
set xrange [-0.5:0.5]
set yrange [0.5:-0.5]
plot "feature-maps-6.dat" matrix with image

# Image 7
reset
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.9491329479768786
set bmargin at screen 0.7696300578034683
set xrange [-0.5:0.5]
set yrange [0.5:-0.5]
plot "feature-maps-7.dat" matrix with image

# Image 8
reset
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.9491329479768786
set bmargin at screen 0.7696300578034683
set xrange [-0.5:0.5]
set yrange [0.5:-0.5]
plot "feature-maps-8.dat" matrix with image

# Image 9: conv1+ReLU ch 0
reset
set title "conv1+ReLU ch 0"
set palette grey
set cbrange [0:2.9972426891326904]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-9.dat" matrix with image

# Image 10: conv1+ReLU ch 1
reset
set title "conv1+ReLU ch 1"
set palette grey
set cbrange [0:3.285501718521118]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-10.dat" matrix with image

# Image 11: conv1+ReLU ch 2
reset
set title "conv1+ReLU ch 2"
set palette grey
set cbrange [0:2.9685134887695312]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-11.dat" matrix with image

# Image 12: conv1+ReLU ch 3
reset
set title "conv1+ReLU ch 3"
set palette grey
set cbrange [0:2.38875675201416]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-12.dat" matrix with image

# Image 13: conv1+ReLU ch 4
reset
set title "conv1+ReLU ch 4"
set palette grey
set cbrange [0:3.5408129692077637]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-13.dat" matrix with image

# Image 14: conv1+ReLU ch 5
reset
set title "conv1+ReLU ch 5"
set palette grey
set cbrange [0:0.8557822704315186]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-14.dat" matrix with image

# Image 15: conv1+ReLU ch 6
reset
set title "conv1+ReLU ch 6"
set palette grey
set cbrange [0:3.6597015857696533]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-15.dat" matrix with image

# Image 16: conv1+ReLU ch 7
reset
set title "conv1+ReLU ch 7"
set palette grey
set cbrange [0:2.624220132827759]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.7395722543352602
set bmargin at screen 0.5808786127167631
set xrange [-0.5:23.5]
set yrange [23.5:-0.5]
plot "feature-maps-16.dat" matrix with image

# Image 17: pool1 ch 0
reset
set title "pool1 ch 0"
set palette grey
set cbrange [0:2.9972426891326904]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-17.dat" matrix with image

# Image 18: pool1 ch 1
reset
set title "pool1 ch 1"
set palette grey
set cbrange [0:3.285501718521118]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-18.dat" matrix with image

# Image 19: pool1 ch 2
reset
set title "pool1 ch 2"
set palette grey
set cbrange [0:2.9685134887695312]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-19.dat" matrix with image

# Image 20: pool1 ch 3
reset
set title "pool1 ch 3"
set palette grey
set cbrange [0:2.38875675201416]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-20.dat" matrix with image

# Image 21: pool1 ch 4
reset
set title "pool1 ch 4"
set palette grey
set cbrange [0:3.5408129692077637]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-21.dat" matrix with image

# Image 22: pool1 ch 5
reset
set title "pool1 ch 5"
set palette grey
set cbrange [0:0.8557822704315186]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-22.dat" matrix with image

# Image 23: pool1 ch 6
reset
set title "pool1 ch 6"
set palette grey
set cbrange [0:3.6597015857696533]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-23.dat" matrix with image

# Image 24: pool1 ch 7
reset
set title "pool1 ch 7"
set palette grey
set cbrange [0:2.624220132827759]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.5508208092485549
set bmargin at screen 0.3921271676300578
set xrange [-0.5:11.5]
set yrange [11.5:-0.5]
plot "feature-maps-24.dat" matrix with image

# Image 25: conv2+ReLU ch 0
reset
set title "conv2+ReLU ch 0"
set palette grey
set cbrange [0:2.0646474361419678]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-25.dat" matrix with image

# Image 26: conv2+ReLU ch 1
reset
set title "conv2+ReLU ch 1"
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-26.dat" matrix with image

# Image 27: conv2+ReLU ch 2
reset
set title "conv2+ReLU ch 2"
set palette grey
set cbrange [0:2.3645639419555664]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-27.dat" matrix with image

# Image 28: conv2+ReLU ch 3
reset
set title "conv2+ReLU ch 3"
set palette grey
set cbrange [0:2.164585590362549]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-28.dat" matrix with image

# Image 29: conv2+ReLU ch 4
reset
set title "conv2+ReLU ch 4"
set palette grey
set cbrange [0:0.3276912569999695]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-29.dat" matrix with image

# Image 30: conv2+ReLU ch 5
reset
set title "conv2+ReLU ch 5"
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-30.dat" matrix with image

# Image 31: conv2+ReLU ch 6
reset
set title "conv2+ReLU ch 6"
set palette grey
set cbrange [0:1.8736274242401123]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-31.dat" matrix with image

# Image 32: conv2+ReLU ch 7
reset
set title "conv2+ReLU ch 7"
set palette grey
set cbrange [0:1.200525164604187]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.36206936416184965
set bmargin at screen 0.2033757225433525
set xrange [-0.5:7.5]
set yrange [7.5:-0.5]
plot "feature-maps-32.dat" matrix with image

# Image 33: pool2 ch 0
reset
set title "pool2 ch 0"
set palette grey
set cbrange [0:2.0646474361419678]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-33.dat" matrix with image

# Image 34: pool2 ch 1
reset
set title "pool2 ch 1"
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-34.dat" matrix with image

# Image 35: pool2 ch 2
reset
set title "pool2 ch 2"
set palette grey
set cbrange [0:2.3645639419555664]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-35.dat" matrix with image

# Image 36: pool2 ch 3
reset
set title "pool2 ch 3"
set palette grey
set cbrange [0:2.164585590362549]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-36.dat" matrix with image

# Image 37: pool2 ch 4
reset
set title "pool2 ch 4"
set palette grey
set cbrange [0:0.3276912569999695]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-37.dat" matrix with image

# Image 38: pool2 ch 5
reset
set title "pool2 ch 5"
set palette grey
set cbrange [-0.5:0.5]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-38.dat" matrix with image

# Image 39: pool2 ch 6
reset
set title "pool2 ch 6"
set palette grey
set cbrange [0:1.8736274242401123]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-39.dat" matrix with image

# Image 40: pool2 ch 7
reset
set title "pool2 ch 7"
set palette grey
set cbrange [0:1.200525164604187]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.1733179190751445
set bmargin at screen 0.014624277456647353
set xrange [-0.5:3.5]
set yrange [3.5:-0.5]
plot "feature-maps-40.dat" matrix with image

unset multiplot

unset output
