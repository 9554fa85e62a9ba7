# Image grid: First-layer weights of 32 units: the plain autoencoder (left 4 columns) and the denoising one
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot denoising-features.gp                      for denoising-features.png, or
#   gnuplot -e 'format="svg"' denoising-features.gp   for denoising-features.svg ("pdf" for denoising-features.pdf).
# Data: denoising-features-1.dat, denoising-features-2.dat, denoising-features-3.dat, denoising-features-4.dat, denoising-features-5.dat, denoising-features-6.dat, denoising-features-7.dat, denoising-features-8.dat, denoising-features-9.dat, denoising-features-10.dat, denoising-features-11.dat, denoising-features-12.dat, denoising-features-13.dat, denoising-features-14.dat, denoising-features-15.dat, denoising-features-16.dat, denoising-features-17.dat, denoising-features-18.dat, denoising-features-19.dat, denoising-features-20.dat, denoising-features-21.dat, denoising-features-22.dat, denoising-features-23.dat, denoising-features-24.dat, denoising-features-25.dat, denoising-features-26.dat, denoising-features-27.dat, denoising-features-28.dat, denoising-features-29.dat, denoising-features-30.dat, denoising-features-31.dat, denoising-features-32.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1220,700 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 7.625in,4.375in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1220,700 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "denoising-features." . format
set encoding utf8
set clip two

set multiplot layout 4,8 rowsfirst title "First-layer weights of 32 units: the plain autoencoder (left 4 columns) and the denoising one" font ",14"

# Image 1
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.24390148:0.24390148]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-1.dat" matrix with image

# Image 2
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09240959:0.09240959]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-2.dat" matrix with image

# Image 3
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09159698:0.09159698]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-3.dat" matrix with image

# Image 4
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.13023525:0.13023525]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-4.dat" matrix with image

# Image 5
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.106566094:0.106566094]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-5.dat" matrix with image

# Image 6
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09337599:0.09337599]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-6.dat" matrix with image

# Image 7
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.041783903:0.041783903]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-7.dat" matrix with image

# Image 8
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.044052556:0.044052556]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.9371428571428572
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-8.dat" matrix with image

# Image 9
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.16652754:0.16652754]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-9.dat" matrix with image

# Image 10
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.15068693:0.15068693]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-10.dat" matrix with image

# Image 11
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.11871238:0.11871238]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-11.dat" matrix with image

# Image 12
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1634236:0.1634236]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-12.dat" matrix with image

# Image 13
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.07945567:0.07945567]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-13.dat" matrix with image

# Image 14
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1933284:0.1933284]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-14.dat" matrix with image

# Image 15
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04253547:0.04253547]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-15.dat" matrix with image

# Image 16
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04226158:0.04226158]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.7039285714285715
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-16.dat" matrix with image

# Image 17
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.12233876:0.12233876]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-17.dat" matrix with image

# Image 18
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.2003585:0.2003585]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-18.dat" matrix with image

# Image 19
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04265126:0.04265126]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-19.dat" matrix with image

# Image 20
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.045643438:0.045643438]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-20.dat" matrix with image

# Image 21
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.15353228:0.15353228]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-21.dat" matrix with image

# Image 22
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.14590085:0.14590085]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-22.dat" matrix with image

# Image 23
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.046496317:0.046496317]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-23.dat" matrix with image

# Image 24
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.14658885:0.14658885]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.4707142857142857
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-24.dat" matrix with image

# Image 25
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04333865:0.04333865]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-25.dat" matrix with image

# Image 26
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.18484531:0.18484531]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-26.dat" matrix with image

# Image 27
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.11506724:0.11506724]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-27.dat" matrix with image

# Image 28
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.14755897:0.14755897]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-28.dat" matrix with image

# Image 29
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.12171017:0.12171017]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-29.dat" matrix with image

# Image 30
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.046453565:0.046453565]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-30.dat" matrix with image

# Image 31
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1389827:0.1389827]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-31.dat" matrix with image

# Image 32
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.12896347:0.12896347]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.2375
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-features-32.dat" matrix with image

unset multiplot

unset output
