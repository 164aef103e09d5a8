#!/bin/bash
# The slide change with ink in the real app (issue 20): CPU of the render thread, the JavaFX thread and the
# process per change, from /proc. Needs Xvfb and xdotool. Usage: bench/real-ink.sh JAR ink|noink DISPLAY_NUMBER
# Draws six pen strokes with the mouse on each of slides 2-11 (ink), then 36 changes over them, 0,6 s apart.
# Writes a PNG of both windows to $SHOTS (default /tmp).
JAR=$1; MODE=$2; D=:$3
export XDG_STATE_HOME=/tmp/ri-$3-state XDG_CACHE_HOME=/tmp/ri-cache-$3
rm -rf $XDG_STATE_HOME; mkdir -p $XDG_STATE_HOME
Xvfb $D -screen 0 3840x1080x24 >/dev/null 2>&1 & XPID=$!
for i in $(seq 50); do DISPLAY=$D xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
DISPLAY=$D ESTRADO_RELAUNCH=0 java -jar $JAR present --no-check >/tmp/ri-$3.log 2>&1 & APID=$!
# two windows: wait for both
for i in $(seq 300); do n=$(DISPLAY=$D xdotool search --pid $APID --onlyvisible --name "." 2>/dev/null | wc -l); [ "$n" -ge 2 ] && break; sleep 0.2; done
sleep 3
W=($(DISPLAY=$D xdotool search --pid $APID --onlyvisible --name "."))
# the presenter is the wide one (fills the screen); the audience the other
P=""; A=""
for w in "${W[@]}"; do g=$(DISPLAY=$D xdotool getwindowgeometry $w | grep Geometry | awk '{print $2}'); wd=${g%x*}; if [ "$wd" -ge 3000 ]; then P=$w; else A=$w; fi; done
DISPLAY=$D xdotool windowsize $P 1920 1080 windowmove $P 0 0
DISPLAY=$D xdotool windowsize $A 1920 1080 windowmove $A 1920 0
sleep 3
DISPLAY=$D xdotool mousemove 1000 900 click 1   # focus the presenter (notes area)
sleep 0.5
DISPLAY=$D xdotool key Right; sleep 1   # slide 2
WAVE=($(awk 'BEGIN{for(j=0;j<=40;j++) printf "%d ", 15*sin(j/3)}'))
if [ "$MODE" = ink ]; then
  DISPLAY=$D xdotool key i; sleep 0.3
  for s in $(seq 10); do
    for k in 0 1 2 3 4 5; do
      y=$((130 + k*70))
      args="mousemove 60 $y mousedown 1"
      for j in $(seq 1 40); do x=$((60 + j*20)); yy=$((y + ${WAVE[$j]})); args="$args sleep 0.01 mousemove $x $yy"; done
      DISPLAY=$D xdotool $args sleep 0.02 mouseup 1
    done
    DISPLAY=$D xdotool key Right; sleep 0.5
  done
  DISPLAY=$D xdotool key i; sleep 0.3
  for s in $(seq 10); do DISPLAY=$D xdotool key Left; sleep 0.3; done
else
  for s in $(seq 10); do DISPLAY=$D xdotool key Right; sleep 0.5; done
  for s in $(seq 10); do DISPLAY=$D xdotool key Left; sleep 0.3; done
fi
sleep 2
DISPLAY=$D import -window root ${SHOTS:-/tmp}/l6-realink-$MODE-$(basename $JAR .jar).png
cpu() { # ticks of threads named $1 (or all if empty)
  t=0; for d in /proc/$APID/task/*; do c=$(cat $d/comm); if [ -z "$1" ] || [[ "$c" == $1* ]]; then s=($(sed 's/.*) //' $d/stat)); t=$((t + ${s[11]} + ${s[12]})); fi; done; echo $t; }
r0=$(cpu QuantumRendere); f0=$(cpu "JavaFX Applica"); a0=$(cpu "")
N=0
for round in 1 2; do
  for s in $(seq 9); do DISPLAY=$D xdotool key Right; sleep 0.6; N=$((N+1)); done
  for s in $(seq 9); do DISPLAY=$D xdotool key Left; sleep 0.6; N=$((N+1)); done
done
r1=$(cpu QuantumRendere); f1=$(cpu "JavaFX Applica"); a1=$(cpu "")
HZ=$(getconf CLK_TCK)
echo "$MODE $(basename $JAR): $N changes; per change CPU ms: renderer $(( (r1-r0)*1000/HZ/N )), FX thread $(( (f1-f0)*1000/HZ/N )), process $(( (a1-a0)*1000/HZ/N ))"
kill $APID; sleep 1; kill -9 $APID 2>/dev/null; kill $XPID
