# Image grid: conv1's 32 filters (5×5) after training
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot filters-after.gp                      for filters-after.png, or
#   gnuplot -e 'format="svg"' filters-after.gp   for filters-after.svg ("pdf" for filters-after.pdf).
# Data: filters-after-1.dat, filters-after-2.dat, filters-after-3.dat, filters-after-4.dat, filters-after-5.dat, filters-after-6.dat, filters-after-7.dat, filters-after-8.dat, filters-after-9.dat, filters-after-10.dat, filters-after-11.dat, filters-after-12.dat, filters-after-13.dat, filters-after-14.dat, filters-after-15.dat, filters-after-16.dat, filters-after-17.dat, filters-after-18.dat, filters-after-19.dat, filters-after-20.dat, filters-after-21.dat, filters-after-22.dat, filters-after-23.dat, filters-after-24.dat, filters-after-25.dat, filters-after-26.dat, filters-after-27.dat, filters-after-28.dat, filters-after-29.dat, filters-after-30.dat, filters-after-31.dat, filters-after-32.dat

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
set output "filters-after." . format
set encoding utf8
set clip two

set multiplot layout 4,8 rowsfirst title "conv1's 32 filters (5×5) after training" font ",14"

# Image 1: 0
reset
set title "0"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-1.dat" matrix with image

# Image 2: 1
reset
set title "1"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-2.dat" matrix with image

# Image 3: 2
reset
set title "2"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-3.dat" matrix with image

# Image 4: 3
reset
set title "3"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-4.dat" matrix with image

# Image 5: 4
reset
set title "4"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-5.dat" matrix with image

# Image 6: 5
reset
set title "5"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-6.dat" matrix with image

# Image 7: 6
reset
set title "6"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-7.dat" matrix with image

# Image 8: 7
reset
set title "7"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-8.dat" matrix with image

# Image 9: 8
reset
set title "8"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-9.dat" matrix with image

# Image 10: 9
reset
set title "9"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-10.dat" matrix with image

# Image 11: 10
reset
set title "10"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-11.dat" matrix with image

# Image 12: 11
reset
set title "11"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-12.dat" matrix with image

# Image 13: 12
reset
set title "12"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-13.dat" matrix with image

# Image 14: 13
reset
set title "13"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-14.dat" matrix with image

# Image 15: 14
reset
set title "14"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-15.dat" matrix with image

# Image 16: 15
reset
set title "15"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-16.dat" matrix with image

# Image 17: 16
reset
set title "16"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-17.dat" matrix with image

# Image 18: 17
reset
set title "17"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-18.dat" matrix with image

# Image 19: 18
reset
set title "18"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-19.dat" matrix with image

# Image 20: 19
reset
set title "19"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-20.dat" matrix with image

# Image 21: 20
reset
set title "20"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-21.dat" matrix with image

# Image 22: 21
reset
set title "21"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-22.dat" matrix with image

# Image 23: 22
reset
set title "22"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-23.dat" matrix with image

# Image 24: 23
reset
set title "23"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-24.dat" matrix with image

# Image 25: 24
reset
set title "24"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-25.dat" matrix with image

# Image 26: 25
reset
set title "25"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-26.dat" matrix with image

# Image 27: 26
reset
set title "26"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-27.dat" matrix with image

# Image 28: 27
reset
set title "27"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-28.dat" matrix with image

# Image 29: 28
reset
set title "28"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-29.dat" matrix with image

# Image 30: 29
reset
set title "29"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-30.dat" matrix with image

# Image 31: 30
reset
set title "30"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-31.dat" matrix with image

# Image 32: 31
reset
set title "31"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.181005597114563:1.181005597114563]
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
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-after-32.dat" matrix with image

unset multiplot

unset output
