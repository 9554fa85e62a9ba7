# Image grid: Noisy test images (σ = 0.3) through a plain and a denoising autoencoder
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot denoising.gp                      for denoising.png, or
#   gnuplot -e 'format="svg"' denoising.gp   for denoising.svg ("pdf" for denoising.pdf).
# Data: denoising-1.dat, denoising-2.dat, denoising-3.dat, denoising-4.dat, denoising-5.dat, denoising-6.dat, denoising-7.dat, denoising-8.dat, denoising-9.dat, denoising-10.dat, denoising-11.dat, denoising-12.dat, denoising-13.dat, denoising-14.dat, denoising-15.dat, denoising-16.dat, denoising-17.dat, denoising-18.dat, denoising-19.dat, denoising-20.dat, denoising-21.dat, denoising-22.dat, denoising-23.dat, denoising-24.dat, denoising-25.dat, denoising-26.dat, denoising-27.dat, denoising-28.dat, denoising-29.dat, denoising-30.dat, denoising-31.dat, denoising-32.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1310,700 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 8.1875in,4.375in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1310,700 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "denoising." . format
set encoding utf8
set clip two

set multiplot layout 4,8 rowsfirst title "Noisy test images (σ = 0.3) through a plain and a denoising autoencoder" font ",14"

# Image 1: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-1.dat" matrix with image

# Image 2: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-2.dat" matrix with image

# Image 3: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-3.dat" matrix with image

# Image 4: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-4.dat" matrix with image

# Image 5: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-5.dat" matrix with image

# Image 6: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-6.dat" matrix with image

# Image 7: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-7.dat" matrix with image

# Image 8: clean
reset
set title "clean"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-8.dat" matrix with image

# Image 9: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-9.dat" matrix with image

# Image 10: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-10.dat" matrix with image

# Image 11: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-11.dat" matrix with image

# Image 12: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-12.dat" matrix with image

# Image 13: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-13.dat" matrix with image

# Image 14: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-14.dat" matrix with image

# Image 15: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-15.dat" matrix with image

# Image 16: noisy
reset
set title "noisy"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-16.dat" matrix with image

# Image 17: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-17.dat" matrix with image

# Image 18: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-18.dat" matrix with image

# Image 19: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-19.dat" matrix with image

# Image 20: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-20.dat" matrix with image

# Image 21: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-21.dat" matrix with image

# Image 22: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-22.dat" matrix with image

# Image 23: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-23.dat" matrix with image

# Image 24: plain AE
reset
set title "plain AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-24.dat" matrix with image

# Image 25: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-25.dat" matrix with image

# Image 26: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-26.dat" matrix with image

# Image 27: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-27.dat" matrix with image

# Image 28: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-28.dat" matrix with image

# Image 29: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-29.dat" matrix with image

# Image 30: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-30.dat" matrix with image

# Image 31: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-31.dat" matrix with image

# Image 32: denoising AE
reset
set title "denoising AE"
set palette grey
set cbrange [0:1]
unset border
unset tics
set colorbox user origin screen 0.9311450381679389, screen 0.06 size screen 0.010687022900763359, screen 0.8428571428571429
set cbtics scale 0.5 nomirror
set format cb "%.2g"
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "denoising-32.dat" matrix with image

unset multiplot

unset output
