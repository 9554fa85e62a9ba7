# Image grid: conv1's 32 filters, pretrained (top four rows) and fine-tuned on 1000 images per class (bottom four)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot filters.gp                      for filters.png, or
#   gnuplot -e 'format="svg"' filters.gp   for filters.svg ("pdf" for filters.pdf).
# Data: filters-1.dat, filters-2.dat, filters-3.dat, filters-4.dat, filters-5.dat, filters-6.dat, filters-7.dat, filters-8.dat, filters-9.dat, filters-10.dat, filters-11.dat, filters-12.dat, filters-13.dat, filters-14.dat, filters-15.dat, filters-16.dat, filters-17.dat, filters-18.dat, filters-19.dat, filters-20.dat, filters-21.dat, filters-22.dat, filters-23.dat, filters-24.dat, filters-25.dat, filters-26.dat, filters-27.dat, filters-28.dat, filters-29.dat, filters-30.dat, filters-31.dat, filters-32.dat, filters-33.dat, filters-34.dat, filters-35.dat, filters-36.dat, filters-37.dat, filters-38.dat, filters-39.dat, filters-40.dat, filters-41.dat, filters-42.dat, filters-43.dat, filters-44.dat, filters-45.dat, filters-46.dat, filters-47.dat, filters-48.dat, filters-49.dat, filters-50.dat, filters-51.dat, filters-52.dat, filters-53.dat, filters-54.dat, filters-55.dat, filters-56.dat, filters-57.dat, filters-58.dat, filters-59.dat, filters-60.dat, filters-61.dat, filters-62.dat, filters-63.dat, filters-64.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1310,1360 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 8.1875in,8.5in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1310,1360 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "filters." . format
set encoding utf8
set clip two

set multiplot layout 8,8 rowsfirst title "conv1's 32 filters, pretrained (top four rows) and fine-tuned on 1000 images per class (bottom four)" font ",14"

# Image 1: 0
reset
set title "0"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-1.dat" matrix with image

# Image 2: 1
reset
set title "1"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-2.dat" matrix with image

# Image 3: 2
reset
set title "2"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-3.dat" matrix with image

# Image 4: 3
reset
set title "3"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-4.dat" matrix with image

# Image 5: 4
reset
set title "4"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-5.dat" matrix with image

# Image 6: 5
reset
set title "5"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-6.dat" matrix with image

# Image 7: 6
reset
set title "6"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-7.dat" matrix with image

# Image 8: 7
reset
set title "7"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.9544117647058823
set bmargin at screen 0.8534558823529411
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-8.dat" matrix with image

# Image 9: 8
reset
set title "8"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-9.dat" matrix with image

# Image 10: 9
reset
set title "9"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-10.dat" matrix with image

# Image 11: 10
reset
set title "10"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-11.dat" matrix with image

# Image 12: 11
reset
set title "11"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-12.dat" matrix with image

# Image 13: 12
reset
set title "12"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-13.dat" matrix with image

# Image 14: 13
reset
set title "13"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-14.dat" matrix with image

# Image 15: 14
reset
set title "14"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-15.dat" matrix with image

# Image 16: 15
reset
set title "15"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.8343382352941175
set bmargin at screen 0.7333823529411764
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-16.dat" matrix with image

# Image 17: 16
reset
set title "16"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-17.dat" matrix with image

# Image 18: 17
reset
set title "17"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-18.dat" matrix with image

# Image 19: 18
reset
set title "18"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-19.dat" matrix with image

# Image 20: 19
reset
set title "19"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-20.dat" matrix with image

# Image 21: 20
reset
set title "20"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-21.dat" matrix with image

# Image 22: 21
reset
set title "21"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-22.dat" matrix with image

# Image 23: 22
reset
set title "22"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-23.dat" matrix with image

# Image 24: 23
reset
set title "23"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.7142647058823529
set bmargin at screen 0.6133088235294117
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-24.dat" matrix with image

# Image 25: 24
reset
set title "24"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-25.dat" matrix with image

# Image 26: 25
reset
set title "25"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-26.dat" matrix with image

# Image 27: 26
reset
set title "26"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-27.dat" matrix with image

# Image 28: 27
reset
set title "27"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-28.dat" matrix with image

# Image 29: 28
reset
set title "28"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-29.dat" matrix with image

# Image 30: 29
reset
set title "29"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-30.dat" matrix with image

# Image 31: 30
reset
set title "30"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-31.dat" matrix with image

# Image 32: 31
reset
set title "31"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.5941911764705882
set bmargin at screen 0.49323529411764705
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-32.dat" matrix with image

# Image 33: 32
reset
set title "32"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-33.dat" matrix with image

# Image 34: 33
reset
set title "33"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-34.dat" matrix with image

# Image 35: 34
reset
set title "34"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-35.dat" matrix with image

# Image 36: 35
reset
set title "35"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-36.dat" matrix with image

# Image 37: 36
reset
set title "36"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-37.dat" matrix with image

# Image 38: 37
reset
set title "37"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-38.dat" matrix with image

# Image 39: 38
reset
set title "38"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-39.dat" matrix with image

# Image 40: 39
reset
set title "39"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.47411764705882353
set bmargin at screen 0.37316176470588236
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-40.dat" matrix with image

# Image 41: 40
reset
set title "40"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-41.dat" matrix with image

# Image 42: 41
reset
set title "41"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-42.dat" matrix with image

# Image 43: 42
reset
set title "42"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-43.dat" matrix with image

# Image 44: 43
reset
set title "43"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-44.dat" matrix with image

# Image 45: 44
reset
set title "44"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-45.dat" matrix with image

# Image 46: 45
reset
set title "45"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-46.dat" matrix with image

# Image 47: 46
reset
set title "46"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-47.dat" matrix with image

# Image 48: 47
reset
set title "47"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.35404411764705884
set bmargin at screen 0.25308823529411767
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-48.dat" matrix with image

# Image 49: 48
reset
set title "48"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-49.dat" matrix with image

# Image 50: 49
reset
set title "49"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-50.dat" matrix with image

# Image 51: 50
reset
set title "50"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-51.dat" matrix with image

# Image 52: 51
reset
set title "51"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-52.dat" matrix with image

# Image 53: 52
reset
set title "52"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-53.dat" matrix with image

# Image 54: 53
reset
set title "53"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-54.dat" matrix with image

# Image 55: 54
reset
set title "54"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-55.dat" matrix with image

# Image 56: 55
reset
set title "55"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.2339705882352941
set bmargin at screen 0.13301470588235292
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-56.dat" matrix with image

# Image 57: 56
reset
set title "56"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.014312977099236675
set rmargin at screen 0.11839694656488552
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-57.dat" matrix with image

# Image 58: 57
reset
set title "57"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1283969465648855
set rmargin at screen 0.23248091603053436
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-58.dat" matrix with image

# Image 59: 58
reset
set title "58"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.24248091603053437
set rmargin at screen 0.3465648854961832
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-59.dat" matrix with image

# Image 60: 59
reset
set title "59"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3565648854961832
set rmargin at screen 0.46064885496183205
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-60.dat" matrix with image

# Image 61: 60
reset
set title "60"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.47064885496183206
set rmargin at screen 0.5747328244274809
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-61.dat" matrix with image

# Image 62: 61
reset
set title "61"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.5847328244274809
set rmargin at screen 0.6888167938931297
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-62.dat" matrix with image

# Image 63: 62
reset
set title "62"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6988167938931297
set rmargin at screen 0.8029007633587785
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-63.dat" matrix with image

# Image 64: 63
reset
set title "63"
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-1.0364681:1.0364681]
unset border
unset tics
set colorbox user origin screen 0.9311450381679389, screen 0.06 size screen 0.010687022900763359, screen 0.8705882352941177
set cbtics scale 0.5 nomirror
set format cb "%.2g"
unset key
set size ratio -1
set lmargin at screen 0.8129007633587787
set rmargin at screen 0.9169847328244275
set tmargin at screen 0.11389705882352946
set bmargin at screen 0.012941176470588286
set xrange [-0.5:4.5]
set yrange [4.5:-0.5]
plot "filters-64.dat" matrix with image

unset multiplot

unset output
