# Image grid: Ankle boot, and fifteen augmented copies
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot augmented.gp                      for augmented.png, or
#   gnuplot -e 'format="svg"' augmented.gp   for augmented.svg ("pdf" for augmented.pdf).
# Data: augmented-1.dat, augmented-2.dat, augmented-3.dat, augmented-4.dat, augmented-5.dat, augmented-6.dat, augmented-7.dat, augmented-8.dat, augmented-9.dat, augmented-10.dat, augmented-11.dat, augmented-12.dat, augmented-13.dat, augmented-14.dat, augmented-15.dat, augmented-16.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1310,370 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 8.1875in,2.3125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1310,370 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "augmented." . format
set encoding utf8
set clip two

set multiplot layout 2,8 rowsfirst title "Ankle boot, and fifteen augmented copies" font ",14"

# Image 1: original
reset
set title "original"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-1.dat" matrix with image

# Image 2: 1
reset
set title "1"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-2.dat" matrix with image

# Image 3: 2
reset
set title "2"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-3.dat" matrix with image

# Image 4: 3
reset
set title "3"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-4.dat" matrix with image

# Image 5: 4
reset
set title "4"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-5.dat" matrix with image

# Image 6: 5
reset
set title "5"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-6.dat" matrix with image

# Image 7: 6
reset
set title "6"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-7.dat" matrix with image

# Image 8: 7
reset
set title "7"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-8.dat" matrix with image

# Image 9: 8
reset
set title "8"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-9.dat" matrix with image

# Image 10: 9
reset
set title "9"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-10.dat" matrix with image

# Image 11: 10
reset
set title "10"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-11.dat" matrix with image

# Image 12: 11
reset
set title "11"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-12.dat" matrix with image

# Image 13: 12
reset
set title "12"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-13.dat" matrix with image

# Image 14: 13
reset
set title "13"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-14.dat" matrix with image

# Image 15: 14
reset
set title "14"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-15.dat" matrix with image

# Image 16: 15
reset
set title "15"
set palette grey
set cbrange [-0.25481272:1.1925875]
unset border
unset tics
set colorbox user origin screen 0.9311450381679389, screen 0.06 size screen 0.010687022900763359, screen 0.7918918918918919
set cbtics scale 0.5 nomirror
set format cb "%.2g"
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "augmented-16.dat" matrix with image

unset multiplot

unset output
