# Image grid: Occlusion: how far the class's probability falls with a 6 × 6 mask at each position (red: falls, blue: rises)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot occlusion.gp                      for occlusion.png, or
#   gnuplot -e 'format="svg"' occlusion.gp   for occlusion.svg ("pdf" for occlusion.pdf).
# Data: occlusion-1.dat, occlusion-2.dat, occlusion-3.dat, occlusion-4.dat, occlusion-5.dat, occlusion-6.dat, occlusion-7.dat, occlusion-8.dat, occlusion-9.dat, occlusion-10.dat, occlusion-11.dat, occlusion-12.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1021,700 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 6.38125in,4.375in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1021,700 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "occlusion." . format
set encoding utf8
set clip two

set multiplot layout 4,3 rowsfirst title "Occlusion: how far the class's probability falls with a 6 × 6 mask at each position (red: falls, blue: rises)" font ",14"

# Image 1: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.27483349657198825
set rmargin at screen 0.4182778321906627
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "occlusion-1.dat" matrix with image

# Image 2: drop, black mask
reset
set title "drop, black mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.039487243:0.039487243]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.42827783219066273
set rmargin at screen 0.5717221678093373
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-2.dat" matrix with image

# Image 3: drop, grey mask
reset
set title "drop, grey mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.00579679:0.00579679]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5817221678093373
set rmargin at screen 0.7251665034280118
set tmargin at screen 0.9114285714285714
set bmargin at screen 0.7153571428571428
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-3.dat" matrix with image

# Image 4: Sandal
reset
set title "Sandal"
set palette grey
set cbrange [0:0.99607843]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.27483349657198825
set rmargin at screen 0.4182778321906627
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "occlusion-4.dat" matrix with image

# Image 5: drop, black mask
reset
set title "drop, black mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.051576138:0.051576138]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.42827783219066273
set rmargin at screen 0.5717221678093373
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-5.dat" matrix with image

# Image 6: drop, grey mask
reset
set title "drop, grey mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.913517:0.913517]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5817221678093373
set rmargin at screen 0.7251665034280118
set tmargin at screen 0.6782142857142857
set bmargin at screen 0.48214285714285715
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-6.dat" matrix with image

# Image 7: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.27483349657198825
set rmargin at screen 0.4182778321906627
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "occlusion-7.dat" matrix with image

# Image 8: drop, black mask
reset
set title "drop, black mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.8108415:0.8108415]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.42827783219066273
set rmargin at screen 0.5717221678093373
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-8.dat" matrix with image

# Image 9: drop, grey mask
reset
set title "drop, grey mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.017334998:0.017334998]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5817221678093373
set rmargin at screen 0.7251665034280118
set tmargin at screen 0.445
set bmargin at screen 0.24892857142857144
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-9.dat" matrix with image

# Image 10: Ankle boot
reset
set title "Ankle boot"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.27483349657198825
set rmargin at screen 0.4182778321906627
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "occlusion-10.dat" matrix with image

# Image 11: drop, black mask
reset
set title "drop, black mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.994992:0.994992]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.42827783219066273
set rmargin at screen 0.5717221678093373
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-11.dat" matrix with image

# Image 12: drop, grey mask
reset
set title "drop, grey mask"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.99523443:0.99523443]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5817221678093373
set rmargin at screen 0.7251665034280118
set tmargin at screen 0.2117857142857143
set bmargin at screen 0.015714285714285722
set xrange [-0.5:22.5]
set yrange [22.5:-0.5]
plot "occlusion-12.dat" matrix with image

unset multiplot

unset output
