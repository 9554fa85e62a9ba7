# Image grid: Sixteen of the first layer's 256 units, as 28×28 weight images
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot first-layer-weights.gp                      for first-layer-weights.png, or
#   gnuplot -e 'format="svg"' first-layer-weights.gp   for first-layer-weights.svg ("pdf" for first-layer-weights.pdf).
# Data: first-layer-weights-1.dat, first-layer-weights-2.dat, first-layer-weights-3.dat, first-layer-weights-4.dat, first-layer-weights-5.dat, first-layer-weights-6.dat, first-layer-weights-7.dat, first-layer-weights-8.dat, first-layer-weights-9.dat, first-layer-weights-10.dat, first-layer-weights-11.dat, first-layer-weights-12.dat, first-layer-weights-13.dat, first-layer-weights-14.dat, first-layer-weights-15.dat, first-layer-weights-16.dat

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
set output "first-layer-weights." . format
set encoding utf8
set clip two

set multiplot layout 2,8 rowsfirst title "Sixteen of the first layer's 256 units, as 28×28 weight images" font ",14"

# Image 1: unit 0
reset
set title "unit 0"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-1.dat" matrix with image

# Image 2: unit 1
reset
set title "unit 1"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-2.dat" matrix with image

# Image 3: unit 2
reset
set title "unit 2"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-3.dat" matrix with image

# Image 4: unit 3
reset
set title "unit 3"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-4.dat" matrix with image

# Image 5: unit 4
reset
set title "unit 4"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-5.dat" matrix with image

# Image 6: unit 5
reset
set title "unit 5"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-6.dat" matrix with image

# Image 7: unit 6
reset
set title "unit 6"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-7.dat" matrix with image

# Image 8: unit 7
reset
set title "unit 7"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-8.dat" matrix with image

# Image 9: unit 8
reset
set title "unit 8"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-9.dat" matrix with image

# Image 10: unit 9
reset
set title "unit 9"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-10.dat" matrix with image

# Image 11: unit 10
reset
set title "unit 10"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-11.dat" matrix with image

# Image 12: unit 11
reset
set title "unit 11"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-12.dat" matrix with image

# Image 13: unit 12
reset
set title "unit 12"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-13.dat" matrix with image

# Image 14: unit 13
reset
set title "unit 13"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-14.dat" matrix with image

# Image 15: unit 14
reset
set title "unit 14"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-15.dat" matrix with image

# Image 16: unit 15
reset
set title "unit 15"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1968143731355667:0.1968143731355667]
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
plot "first-layer-weights-16.dat" matrix with image

unset multiplot

unset output
