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
# a number with a lock or a socket left by another server is taken (a stale socket would fool the wait below)
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
xvfb_pid=""; app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
    # wait for the server to be gone, so the next script does not find this display still closing
    [ -n "$xvfb_pid" ] && { kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; } || true
    rm -rf "$state" "$deck"
}
trap cleanup EXIT
Xvfb ":$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb_pid=$!
# the app must not start before this server answers (seen in CI: "cannot open display: :91" right after the
# previous script's server on :91 was told to stop): our Xvfb alive and the display answering
for _ in $(seq 1 300); do
    kill -0 "$xvfb_pid" 2>/dev/null || { echo "Xvfb :$display did not start" >&2; exit 1; }
    DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done
DISPLAY=":$display" xdotool getdisplaygeometry >/dev/null 2>&1 || { echo "Xvfb :$display did not answer in 30 s" >&2; exit 1; }
export DISPLAY=":$display" XDG_STATE_HOME="$state"
