# Image grid: Test images through three convolutional decoders
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot convolutional.gp                      for convolutional.png, or
#   gnuplot -e 'format="svg"' convolutional.gp   for convolutional.svg ("pdf" for convolutional.pdf).
# Data: convolutional-1.dat, convolutional-2.dat, convolutional-3.dat, convolutional-4.dat, convolutional-5.dat, convolutional-6.dat, convolutional-7.dat, convolutional-8.dat, convolutional-9.dat, convolutional-10.dat, convolutional-11.dat, convolutional-12.dat, convolutional-13.dat, convolutional-14.dat, convolutional-15.dat, convolutional-16.dat, convolutional-17.dat, convolutional-18.dat, convolutional-19.dat, convolutional-20.dat, convolutional-21.dat, convolutional-22.dat, convolutional-23.dat, convolutional-24.dat, convolutional-25.dat, convolutional-26.dat, convolutional-27.dat, convolutional-28.dat, convolutional-29.dat, convolutional-30.dat, convolutional-31.dat, convolutional-32.dat

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
set output "convolutional." . format
set encoding utf8
set clip two

set multiplot layout 4,8 rowsfirst title "Test images through three convolutional decoders" font ",14"

# Image 1: original
reset
set title "original"
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
plot "convolutional-1.dat" matrix with image

# Image 2: original
reset
set title "original"
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
plot "convolutional-2.dat" matrix with image

# Image 3: original
reset
set title "original"
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
plot "convolutional-3.dat" matrix with image

# Image 4: original
reset
set title "original"
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
plot "convolutional-4.dat" matrix with image

# Image 5: original
reset
set title "original"
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
plot "convolutional-5.dat" matrix with image

# Image 6: original
reset
set title "original"
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
plot "convolutional-6.dat" matrix with image

# Image 7: original
reset
set title "original"
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
plot "convolutional-7.dat" matrix with image

# Image 8: original
reset
set title "original"
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
plot "convolutional-8.dat" matrix with image

# Image 9: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-9.dat" matrix with image

# Image 10: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-10.dat" matrix with image

# Image 11: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-11.dat" matrix with image

# Image 12: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-12.dat" matrix with image

# Image 13: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-13.dat" matrix with image

# Image 14: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-14.dat" matrix with image

# Image 15: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-15.dat" matrix with image

# Image 16: transposed 4×4
reset
set title "transposed 4×4"
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
plot "convolutional-16.dat" matrix with image

# Image 17: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-17.dat" matrix with image

# Image 18: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-18.dat" matrix with image

# Image 19: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-19.dat" matrix with image

# Image 20: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-20.dat" matrix with image

# Image 21: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-21.dat" matrix with image

# Image 22: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-22.dat" matrix with image

# Image 23: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-23.dat" matrix with image

# Image 24: transposed 3×3
reset
set title "transposed 3×3"
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
plot "convolutional-24.dat" matrix with image

# Image 25: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-25.dat" matrix with image

# Image 26: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-26.dat" matrix with image

# Image 27: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-27.dat" matrix with image

# Image 28: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-28.dat" matrix with image

# Image 29: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-29.dat" matrix with image

# Image 30: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-30.dat" matrix with image

# Image 31: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-31.dat" matrix with image

# Image 32: upsample + conv
reset
set title "upsample + conv"
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
plot "convolutional-32.dat" matrix with image

unset multiplot

unset output
