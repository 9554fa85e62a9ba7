# Image grid: Eight filters of conv2 (after its ReLU): the image climbed, then the 5 training images that raise it most
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot filters.gp                      for filters.png, or
#   gnuplot -e 'format="svg"' filters.gp   for filters.svg ("pdf" for filters.pdf).
# Data: filters-1.dat, filters-2.dat, filters-3.dat, filters-4.dat, filters-5.dat, filters-6.dat, filters-7.dat, filters-8.dat, filters-9.dat, filters-10.dat, filters-11.dat, filters-12.dat, filters-13.dat, filters-14.dat, filters-15.dat, filters-16.dat, filters-17.dat, filters-18.dat, filters-19.dat, filters-20.dat, filters-21.dat, filters-22.dat, filters-23.dat, filters-24.dat, filters-25.dat, filters-26.dat, filters-27.dat, filters-28.dat, filters-29.dat, filters-30.dat, filters-31.dat, filters-32.dat, filters-33.dat, filters-34.dat, filters-35.dat, filters-36.dat, filters-37.dat, filters-38.dat, filters-39.dat, filters-40.dat, filters-41.dat, filters-42.dat, filters-43.dat, filters-44.dat, filters-45.dat, filters-46.dat, filters-47.dat, filters-48.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 985,1360 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 6.15625in,8.5in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 985,1360 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "filters." . format
set encoding utf8
set clip two

set multiplot layout 8,6 rowsfirst title "Eight filters of conv2 (after its ReLU): the image climbed, then the 5 training images that raise it most" font ",14"

# Image 1: filter 0
reset
set title "filter 0"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-1.dat" matrix with image

# Image 2: Ankle boot
reset
set title "Ankle boot"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-2.dat" matrix with image

# Image 3: Ankle boot
reset
set title "Ankle boot"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-3.dat" matrix with image

# Image 4: Ankle boot
reset
set title "Ankle boot"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-4.dat" matrix with image

# Image 5: Dress
reset
set title "Dress"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-5.dat" matrix with image

# Image 6: Ankle boot
reset
set title "Ankle boot"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-6.dat" matrix with image

# Image 7: filter 1
reset
set title "filter 1"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-7.dat" matrix with image

# Image 8: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-8.dat" matrix with image

# Image 9: Pullover
reset
set title "Pullover"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-9.dat" matrix with image

# Image 10: Pullover
reset
set title "Pullover"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-10.dat" matrix with image

# Image 11: Pullover
reset
set title "Pullover"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-11.dat" matrix with image

# Image 12: Pullover
reset
set title "Pullover"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-12.dat" matrix with image

# Image 13: filter 2
reset
set title "filter 2"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-13.dat" matrix with image

# Image 14: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-14.dat" matrix with image

# Image 15: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-15.dat" matrix with image

# Image 16: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-16.dat" matrix with image

# Image 17: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-17.dat" matrix with image

# Image 18: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-18.dat" matrix with image

# Image 19: filter 3
reset
set title "filter 3"
set palette grey
set cbrange [0:0.9345153]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-19.dat" matrix with image

# Image 20: T-shirt/top
reset
set title "T-shirt/top"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-20.dat" matrix with image

# Image 21: Bag
reset
set title "Bag"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-21.dat" matrix with image

# Image 22: Sandal
reset
set title "Sandal"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-22.dat" matrix with image

# Image 23: Pullover
reset
set title "Pullover"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-23.dat" matrix with image

# Image 24: T-shirt/top
reset
set title "T-shirt/top"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-24.dat" matrix with image

# Image 25: filter 4
reset
set title "filter 4"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-25.dat" matrix with image

# Image 26: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-26.dat" matrix with image

# Image 27: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-27.dat" matrix with image

# Image 28: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-28.dat" matrix with image

# Image 29: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-29.dat" matrix with image

# Image 30: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-30.dat" matrix with image

# Image 31: filter 5
reset
set title "filter 5"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-31.dat" matrix with image

# Image 32: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-32.dat" matrix with image

# Image 33: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-33.dat" matrix with image

# Image 34: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-34.dat" matrix with image

# Image 35: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-35.dat" matrix with image

# Image 36: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-36.dat" matrix with image

# Image 37: filter 6
reset
set title "filter 6"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-37.dat" matrix with image

# Image 38: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-38.dat" matrix with image

# Image 39: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-39.dat" matrix with image

# Image 40: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-40.dat" matrix with image

# Image 41: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-41.dat" matrix with image

# Image 42: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-42.dat" matrix with image

# Image 43: filter 7
reset
set title "filter 7"
set palette grey
set cbrange [0:0.88938904]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.037994923857868006
set rmargin at screen 0.183663282571912
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-43.dat" matrix with image

# Image 44: Dress
reset
set title "Dress"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.193663282571912
set rmargin at screen 0.339331641285956
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-44.dat" matrix with image

# Image 45: Dress
reset
set title "Dress"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.349331641285956
set rmargin at screen 0.495
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-45.dat" matrix with image

# Image 46: Dress
reset
set title "Dress"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6506683587140439
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-46.dat" matrix with image

# Image 47: Dress
reset
set title "Dress"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.660668358714044
set rmargin at screen 0.8063367174280879
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-47.dat" matrix with image

# Image 48: Trouser
reset
set title "Trouser"
set palette grey
set cbrange [0:1]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8163367174280879
set rmargin at screen 0.9620050761421318
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "filters-48.dat" matrix with image

unset multiplot

unset output
