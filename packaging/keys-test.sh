#!/usr/bin/env bash
# Keys test (issue 12): the talk owns the navigation keys. The real app on a copy of the bundled deck,
# under Xvfb, driven by xdotool as a lecturer would: go to the VRAM calculator slide, drag its batch
# slider with the mouse, press Right twice. The saved live state (the file a crash resume reads) must
# say two slides later; back on the calculator, its results must be the ones the drag left (a screenshot
# compare of the calculator's result panel, which depends on the widget's values only).
# Usage: bash packaging/keys-test.sh   (builds target/estrado.jar if missing; installs Xvfb & co.)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/keys-test
mkdir -p "$out"
passed=0
pass() { passed=$((passed + 1)); echo "keys-test: ok - $*"; }
fail() { echo "keys-test: FAILED - $*" >&2; echo "keys-test: $passed passed, 1 failed"; exit 1; }

# tools, jar, a copy of the deck, an empty state folder and a private Xvfb (removed on exit)
# shellcheck source=packaging/xvfb-app-lib.sh
source packaging/xvfb-app-lib.sh

wait_window() { # name pattern, seconds
    for _ in $(seq $(($2 * 10))); do
        w=$(xdotool search --name "$1" 2>/dev/null | head -1) || true
        [ -n "$w" ] && { echo "$w"; return 0; }
        kill -0 "$app_pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
# the live state the app saves on every slide change while the clock runs: "slideId slideIndex"
where() {
    f=$(ls "$state"/estrado/current-*.json 2>/dev/null | head -1)
    [ -n "$f" ] || { echo "none -1"; return; }
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["slideId"], s["slideIndex"])' "$f"
}
wait_slide() { # slide id, seconds: the saved state reaches it
    for _ in $(seq $(($2 * 10))); do
        set -- "$1" "$2"
        [ "$(where | cut -d' ' -f1)" = "$1" ] && return 0
        sleep 0.1
    done
    return 1
}
# the calculator's result panel in the presenter's slide (1920×1080 presenter, slide frame top left):
# the total, the breakdown and the GPUs needed, drawn from the widget's values alone
results() { import -window root -crop 470x300+410+150 +repage "$1"; }
same() { [ "$(compare -metric AE "$1" "$2" null: 2>&1 || true)" = "0" ]; }

java -Xmx384m -XX:+UseSerialGC -jar target/estrado.jar present "$deck" --no-check >"$out/app.log" 2>&1 &
app_pid=$!
presenter=$(wait_window "presentador" 90) || { cat "$out/app.log"; fail "the presenter window did not open"; }
sleep 2
pass "presenter window open"
xdotool key --window "$presenter" t            # start the clock: from now on every slide change is saved
wait_slide portada 60 || fail "T did not start the clock (no saved state under $state/estrado)"
# G, words of the title, Enter; a loaded machine may drop keys sent while the window is still busy: retry
for attempt in 1 2 3; do
    sleep 2
    xdotool key --window "$presenter" g
    sleep 2
    xdotool type --window "$presenter" "calculadora"
    sleep 2
    xdotool key --window "$presenter" Return
    wait_slide calculadora-vram 20 && break
    xdotool key --window "$presenter" Escape
    [ "$attempt" -lt 3 ] || fail "G «calculadora» did not reach the calculator (state: $(where))"
done
read -r _ calc_index <<<"$(where)"
sleep 2
results "$out/before.png"
pass "on the calculator, slide $((calc_index + 1))"

# the batch slider's knob sits at the left end of its track (batch 1): drag it to the right
xdotool mousemove 153 254 mousedown 1 sleep 0.3 mousemove 190 254 sleep 0.2 mousemove 230 254 sleep 0.3 mouseup 1
sleep 2
results "$out/dragged.png"
import -window root "$out/dragged-screen.png"
same "$out/before.png" "$out/dragged.png" && fail "the drag did not change the calculator (see $out/dragged-screen.png; did the layout move?)"
pass "the drag moved the batch slider"

xdotool key --window "$presenter" Right
sleep 1
xdotool key --window "$presenter" Right
sleep 2
import -window root "$out/two-later.png"
read -r now_id now_index <<<"$(where)"
[ "$now_index" -eq $((calc_index + 2)) ] || fail "Right twice ended on slide $((now_index + 1)) ($now_id), not $((calc_index + 3))"
pass "Right twice: two slides later ($now_id)"

xdotool key --window "$presenter" Left
sleep 1
xdotool key --window "$presenter" Left
wait_slide calculadora-vram 30 || fail "Left twice did not come back to the calculator (state: $(where))"
sleep 2
results "$out/back.png"
same "$out/dragged.png" "$out/back.png" || fail "the calculator changed: compare $out/dragged.png and $out/back.png"
pass "the slider's value is unchanged (screens: $out/dragged-screen.png, $out/two-later.png)"

kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""
echo "keys-test: $passed passed, 0 failed"
