# Image grid: What each class's score wants: gradient ascent from a black image
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot class-images.gp                      for class-images.png, or
#   gnuplot -e 'format="svg"' class-images.gp   for class-images.svg ("pdf" for class-images.pdf).
# Data: class-images-1.dat, class-images-2.dat, class-images-3.dat, class-images-4.dat, class-images-5.dat, class-images-6.dat, class-images-7.dat, class-images-8.dat, class-images-9.dat, class-images-10.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 860,370 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 5.375in,2.3125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 860,370 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "class-images." . format
set encoding utf8
set clip two

set multiplot layout 2,5 rowsfirst title "What each class's score wants: gradient ascent from a black image" font ",14"

# Image 1: T-shirt/top
reset
set title "T-shirt/top"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.013953488372093033
set rmargin at screen 0.1794418604651163
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-1.dat" matrix with image

# Image 2: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1894418604651163
set rmargin at screen 0.35493023255813955
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-2.dat" matrix with image

# Image 3: Pullover
reset
set title "Pullover"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.36493023255813956
set rmargin at screen 0.5304186046511629
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-3.dat" matrix with image

# Image 4: Dress
reset
set title "Dress"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5404186046511629
set rmargin at screen 0.7059069767441861
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-4.dat" matrix with image

# Image 5: Coat
reset
set title "Coat"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.715906976744186
set rmargin at screen 0.8813953488372093
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-5.dat" matrix with image

# Image 6: Sandal
reset
set title "Sandal"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.013953488372093033
set rmargin at screen 0.1794418604651163
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-6.dat" matrix with image

# Image 7: Shirt
reset
set title "Shirt"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1894418604651163
set rmargin at screen 0.35493023255813955
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-7.dat" matrix with image

# Image 8: Sneaker
reset
set title "Sneaker"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.36493023255813956
set rmargin at screen 0.5304186046511629
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-8.dat" matrix with image

# Image 9: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5404186046511629
set rmargin at screen 0.7059069767441861
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-9.dat" matrix with image

# Image 10: Ankle boot
reset
set title "Ankle boot"
set palette grey
set cbrange [0:1]
unset border
unset tics
set colorbox user origin screen 0.9003488372093024, screen 0.06 size screen 0.01627906976744186, screen 0.7918918918918919
set cbtics scale 0.5 nomirror
set format cb "%.2g"
unset key
set size ratio -1
set lmargin at screen 0.715906976744186
set rmargin at screen 0.8813953488372093
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "class-images-10.dat" matrix with image

unset multiplot

unset output
