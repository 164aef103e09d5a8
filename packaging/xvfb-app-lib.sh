# shellcheck shell=bash disable=SC2154  # out is set by the script that sources this
# Shared by packaging/crash-test.sh and keys-test.sh: the tools they drive the real app with, the jar,
# a copy of the bundled deck and an empty state folder (both removed on exit), and a private Xvfb
# exported as DISPLAY. The sourcing script starts the app and sets app_pid; cleanup kills it.
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || ldconfig -p | grep -q libgtk-3.so.0 || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -f target/estrado.jar ] || mvn -q -B package -DskipTests

state=$(mktemp -d); deck=$(mktemp -d)
cp -r slides assets bib "$deck"/ 2>/dev/null || cp -r slides bib "$deck"/
display=90
while [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
xvfb_pid=""; app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$state" "$deck"
}
trap cleanup EXIT
Xvfb ":$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display" XDG_STATE_HOME="$state"
