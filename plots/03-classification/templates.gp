# Image grid: The ten learned templates (columns of W): red raises the class's score
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot templates.gp                      for templates.png, or
#   gnuplot -e 'format="svg"' templates.gp   for templates.svg ("pdf" for templates.pdf).
# Data: templates-1.dat, templates-2.dat, templates-3.dat, templates-4.dat, templates-5.dat, templates-6.dat, templates-7.dat, templates-8.dat, templates-9.dat, templates-10.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 770,370 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 4.8125in,2.3125in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 770,370 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "templates." . format
set encoding utf8
set clip two

set multiplot layout 2,5 rowsfirst title "The ten learned templates (columns of W): red raises the class's score" font ",14"

# Image 1: T-shirt/top
reset
set title "T-shirt/top"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.5244675874710083:0.5244675874710083]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.201
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-1.dat" matrix with image

# Image 2: Trouser
reset
set title "Trouser"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.066623568534851:1.066623568534851]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.21100000000000002
set rmargin at screen 0.397
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-2.dat" matrix with image

# Image 3: Pullover
reset
set title "Pullover"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.7671934366226196:0.7671934366226196]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.40700000000000003
set rmargin at screen 0.5930000000000001
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-3.dat" matrix with image

# Image 4: Dress
reset
set title "Dress"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.6268596053123474:0.6268596053123474]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.6030000000000001
set rmargin at screen 0.789
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-4.dat" matrix with image

# Image 5: Coat
reset
set title "Coat"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.6305749416351318:0.6305749416351318]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.799
set rmargin at screen 0.985
set tmargin at screen 0.8324324324324324
set bmargin at screen 0.46175675675675676
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-5.dat" matrix with image

# Image 6: Sandal
reset
set title "Sandal"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.8111675381660461:0.8111675381660461]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.201
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-6.dat" matrix with image

# Image 7: Shirt
reset
set title "Shirt"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.8236583471298218:0.8236583471298218]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.21100000000000002
set rmargin at screen 0.397
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-7.dat" matrix with image

# Image 8: Sneaker
reset
set title "Sneaker"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.6533012390136719:0.6533012390136719]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.40700000000000003
set rmargin at screen 0.5930000000000001
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-8.dat" matrix with image

# Image 9: Bag
reset
set title "Bag"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.9317976236343384:0.9317976236343384]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.6030000000000001
set rmargin at screen 0.789
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-9.dat" matrix with image

# Image 10: Ankle boot
reset
set title "Ankle boot"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.714573085308075:0.714573085308075]
unset colorbox
unset border
unset tics
unset key
set size ratio -1
set lmargin at screen 0.799
set rmargin at screen 0.985
set tmargin at screen 0.3914864864864865
set bmargin at screen 0.02081081081081082
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "templates-10.dat" matrix with image

unset multiplot

unset output
