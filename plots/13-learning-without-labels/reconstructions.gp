# Image grid: Test images and their reconstructions through codes of 2, 8, 32 numbers
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot reconstructions.gp                      for reconstructions.png, or
#   gnuplot -e 'format="svg"' reconstructions.gp   for reconstructions.svg ("pdf" for reconstructions.pdf).
# Data: reconstructions-1.dat, reconstructions-2.dat, reconstructions-3.dat, reconstructions-4.dat, reconstructions-5.dat, reconstructions-6.dat, reconstructions-7.dat, reconstructions-8.dat, reconstructions-9.dat, reconstructions-10.dat, reconstructions-11.dat, reconstructions-12.dat, reconstructions-13.dat, reconstructions-14.dat, reconstructions-15.dat, reconstructions-16.dat, reconstructions-17.dat, reconstructions-18.dat, reconstructions-19.dat, reconstructions-20.dat, reconstructions-21.dat, reconstructions-22.dat, reconstructions-23.dat, reconstructions-24.dat, reconstructions-25.dat, reconstructions-26.dat, reconstructions-27.dat, reconstructions-28.dat, reconstructions-29.dat, reconstructions-30.dat, reconstructions-31.dat, reconstructions-32.dat

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
set output "reconstructions." . format
set encoding utf8
set clip two

set multiplot layout 4,8 rowsfirst title "Test images and their reconstructions through codes of 2, 8, 32 numbers" font ",14"

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
plot "reconstructions-1.dat" matrix with image

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
plot "reconstructions-2.dat" matrix with image

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
plot "reconstructions-3.dat" matrix with image

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
plot "reconstructions-4.dat" matrix with image

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
plot "reconstructions-5.dat" matrix with image

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
plot "reconstructions-6.dat" matrix with image

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
plot "reconstructions-7.dat" matrix with image

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
plot "reconstructions-8.dat" matrix with image

# Image 9: code 2
reset
set title "code 2"
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
plot "reconstructions-9.dat" matrix with image

# Image 10: code 2
reset
set title "code 2"
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
plot "reconstructions-10.dat" matrix with image

# Image 11: code 2
reset
set title "code 2"
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
plot "reconstructions-11.dat" matrix with image

# Image 12: code 2
reset
set title "code 2"
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
plot "reconstructions-12.dat" matrix with image

# Image 13: code 2
reset
set title "code 2"
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
plot "reconstructions-13.dat" matrix with image

# Image 14: code 2
reset
set title "code 2"
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
plot "reconstructions-14.dat" matrix with image

# Image 15: code 2
reset
set title "code 2"
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
plot "reconstructions-15.dat" matrix with image

# Image 16: code 2
reset
set title "code 2"
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
plot "reconstructions-16.dat" matrix with image

# Image 17: code 8
reset
set title "code 8"
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
plot "reconstructions-17.dat" matrix with image

# Image 18: code 8
reset
set title "code 8"
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
plot "reconstructions-18.dat" matrix with image

# Image 19: code 8
reset
set title "code 8"
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
plot "reconstructions-19.dat" matrix with image

# Image 20: code 8
reset
set title "code 8"
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
plot "reconstructions-20.dat" matrix with image

# Image 21: code 8
reset
set title "code 8"
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
plot "reconstructions-21.dat" matrix with image

# Image 22: code 8
reset
set title "code 8"
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
plot "reconstructions-22.dat" matrix with image

# Image 23: code 8
reset
set title "code 8"
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
plot "reconstructions-23.dat" matrix with image

# Image 24: code 8
reset
set title "code 8"
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
plot "reconstructions-24.dat" matrix with image

# Image 25: code 32
reset
set title "code 32"
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
plot "reconstructions-25.dat" matrix with image

# Image 26: code 32
reset
set title "code 32"
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
plot "reconstructions-26.dat" matrix with image

# Image 27: code 32
reset
set title "code 32"
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
plot "reconstructions-27.dat" matrix with image

# Image 28: code 32
reset
set title "code 32"
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
plot "reconstructions-28.dat" matrix with image

# Image 29: code 32
reset
set title "code 32"
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
plot "reconstructions-29.dat" matrix with image

# Image 30: code 32
reset
set title "code 32"
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
plot "reconstructions-30.dat" matrix with image

# Image 31: code 32
reset
set title "code 32"
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
plot "reconstructions-31.dat" matrix with image

# Image 32: code 32
reset
set title "code 32"
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
plot "reconstructions-32.dat" matrix with image

unset multiplot

unset output
