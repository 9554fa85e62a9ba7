# Image grid: The first layer's weights into 64 of its 256 units (code 32)
# Written by the course's Gnuplot module. To render it, in this folder run
#   gnuplot features.gp                      for features.png, or
#   gnuplot -e 'format="svg"' features.gp   for features.svg ("pdf" for features.pdf).
# Data: features-1.dat, features-2.dat, features-3.dat, features-4.dat, features-5.dat, features-6.dat, features-7.dat, features-8.dat, features-9.dat, features-10.dat, features-11.dat, features-12.dat, features-13.dat, features-14.dat, features-15.dat, features-16.dat, features-17.dat, features-18.dat, features-19.dat, features-20.dat, features-21.dat, features-22.dat, features-23.dat, features-24.dat, features-25.dat, features-26.dat, features-27.dat, features-28.dat, features-29.dat, features-30.dat, features-31.dat, features-32.dat, features-33.dat, features-34.dat, features-35.dat, features-36.dat, features-37.dat, features-38.dat, features-39.dat, features-40.dat, features-41.dat, features-42.dat, features-43.dat, features-44.dat, features-45.dat, features-46.dat, features-47.dat, features-48.dat, features-49.dat, features-50.dat, features-51.dat, features-52.dat, features-53.dat, features-54.dat, features-55.dat, features-56.dat, features-57.dat, features-58.dat, features-59.dat, features-60.dat, features-61.dat, features-62.dat, features-63.dat, features-64.dat

if (!exists("format")) format = "png"
if (format eq "svg") {
    set terminal svg size 1220,1360 dynamic noenhanced font "Sans,12" background "white"
} else { if (format eq "pdf") {
    set terminal pdfcairo size 7.625in,8.5in noenhanced font "Sans,9"
} else { if (format eq "png") {
    set terminal pngcairo size 1220,1360 noenhanced font "Sans,11"
} else {
    exit error "format must be \"png\", \"svg\" or \"pdf\""
}}}
set output "features." . format
set encoding utf8
set clip two

set multiplot layout 8,8 rowsfirst title "The first layer's weights into 64 of its 256 units (code 32)" font ",14"

# Image 1
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.24390148:0.24390148]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-1.dat" matrix with image

# Image 2
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09240959:0.09240959]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-2.dat" matrix with image

# Image 3
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09159698:0.09159698]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-3.dat" matrix with image

# Image 4
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.13023525:0.13023525]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-4.dat" matrix with image

# Image 5
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.16652754:0.16652754]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-5.dat" matrix with image

# Image 6
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.15068693:0.15068693]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-6.dat" matrix with image

# Image 7
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.11871238:0.11871238]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-7.dat" matrix with image

# Image 8
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1634236:0.1634236]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.9676470588235294
set bmargin at screen 0.8534558823529411
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-8.dat" matrix with image

# Image 9
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.12233876:0.12233876]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-9.dat" matrix with image

# Image 10
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.2003585:0.2003585]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-10.dat" matrix with image

# Image 11
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04265126:0.04265126]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-11.dat" matrix with image

# Image 12
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.045643438:0.045643438]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-12.dat" matrix with image

# Image 13
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04333865:0.04333865]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-13.dat" matrix with image

# Image 14
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.18484531:0.18484531]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-14.dat" matrix with image

# Image 15
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.11506724:0.11506724]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-15.dat" matrix with image

# Image 16
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.14755897:0.14755897]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.8475735294117647
set bmargin at screen 0.7333823529411764
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-16.dat" matrix with image

# Image 17
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.14138341:0.14138341]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-17.dat" matrix with image

# Image 18
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.045083717:0.045083717]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-18.dat" matrix with image

# Image 19
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.14679623:0.14679623]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-19.dat" matrix with image

# Image 20
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.042408086:0.042408086]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-20.dat" matrix with image

# Image 21
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.15741318:0.15741318]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-21.dat" matrix with image

# Image 22
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1308334:0.1308334]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-22.dat" matrix with image

# Image 23
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.22219115:0.22219115]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-23.dat" matrix with image

# Image 24
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.2546702:0.2546702]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.7275
set bmargin at screen 0.6133088235294117
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-24.dat" matrix with image

# Image 25
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04248107:0.04248107]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-25.dat" matrix with image

# Image 26
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.098712325:0.098712325]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-26.dat" matrix with image

# Image 27
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.13377419:0.13377419]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-27.dat" matrix with image

# Image 28
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.12208908:0.12208908]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-28.dat" matrix with image

# Image 29
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09351749:0.09351749]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-29.dat" matrix with image

# Image 30
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.08805792:0.08805792]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-30.dat" matrix with image

# Image 31
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.27739412:0.27739412]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-31.dat" matrix with image

# Image 32
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04368516:0.04368516]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.6074264705882353
set bmargin at screen 0.49323529411764705
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-32.dat" matrix with image

# Image 33
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.08771732:0.08771732]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-33.dat" matrix with image

# Image 34
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.15783873:0.15783873]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-34.dat" matrix with image

# Image 35
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04463494:0.04463494]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-35.dat" matrix with image

# Image 36
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.22766182:0.22766182]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-36.dat" matrix with image

# Image 37
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.043974005:0.043974005]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-37.dat" matrix with image

# Image 38
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1735074:0.1735074]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-38.dat" matrix with image

# Image 39
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.20719191:0.20719191]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-39.dat" matrix with image

# Image 40
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.12570004:0.12570004]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.4873529411764706
set bmargin at screen 0.37316176470588236
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-40.dat" matrix with image

# Image 41
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.08087003:0.08087003]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-41.dat" matrix with image

# Image 42
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.063224085:0.063224085]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-42.dat" matrix with image

# Image 43
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.042744175:0.042744175]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-43.dat" matrix with image

# Image 44
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.15712415:0.15712415]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-44.dat" matrix with image

# Image 45
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1317137:0.1317137]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-45.dat" matrix with image

# Image 46
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.16112182:0.16112182]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-46.dat" matrix with image

# Image 47
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.23900671:0.23900671]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-47.dat" matrix with image

# Image 48
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.041390575:0.041390575]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.3672794117647059
set bmargin at screen 0.25308823529411767
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-48.dat" matrix with image

# Image 49
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1303531:0.1303531]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-49.dat" matrix with image

# Image 50
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09631832:0.09631832]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-50.dat" matrix with image

# Image 51
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.09661493:0.09661493]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-51.dat" matrix with image

# Image 52
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.041447584:0.041447584]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-52.dat" matrix with image

# Image 53
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.1692408:0.1692408]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-53.dat" matrix with image

# Image 54
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.22370227:0.22370227]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-54.dat" matrix with image

# Image 55
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.26225483:0.26225483]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-55.dat" matrix with image

# Image 56
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04487387:0.04487387]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.24720588235294116
set bmargin at screen 0.13301470588235292
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-56.dat" matrix with image

# Image 57
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.044178486:0.044178486]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.01500000000000001
set rmargin at screen 0.1275
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-57.dat" matrix with image

# Image 58
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.24991715:0.24991715]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.1375
set rmargin at screen 0.25
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-58.dat" matrix with image

# Image 59
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04342495:0.04342495]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.26
set rmargin at screen 0.3725
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-59.dat" matrix with image

# Image 60
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.17954491:0.17954491]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.3825
set rmargin at screen 0.495
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-60.dat" matrix with image

# Image 61
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04387502:0.04387502]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.505
set rmargin at screen 0.6175
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-61.dat" matrix with image

# Image 62
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.044628218:0.044628218]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.6275000000000001
set rmargin at screen 0.7400000000000001
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-62.dat" matrix with image

# Image 63
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.23828214:0.23828214]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.75
set rmargin at screen 0.8624999999999999
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-63.dat" matrix with image

# Image 64
reset
set palette defined (0 "#2166ac", 0.5 "#f7f7f7", 1 "#b2182b")
set cbrange [-0.04163011:0.04163011]
unset border
unset tics
unset colorbox
unset key
set size ratio -1
set lmargin at screen 0.8724999999999999
set rmargin at screen 0.985
set tmargin at screen 0.12713235294117653
set bmargin at screen 0.012941176470588286
set xrange [-0.5:27.5]
set yrange [27.5:-0.5]
plot "features-64.dat" matrix with image

unset multiplot

unset output
