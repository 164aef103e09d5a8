#!/usr/bin/env bash
# Crash test (issues 4 and 7): start the app on a copy of the bundled deck, advance some slides,
# kill -9 it, start it again, accept the resume offer, and check from the saved state that the talk
# is on the same slide with the clock within 5 s of where it was when the process died.
# Usage: bash packaging/crash-test.sh   (builds target/estrado.jar if missing; installs Xvfb & co.)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/crash-test
mkdir -p "$out"
passed=0
pass() { passed=$((passed + 1)); echo "crash-test: ok - $*"; }
fail() { echo "crash-test: FAILED - $*" >&2; echo "crash-test: $passed passed, 1 failed"; exit 1; }

# tools, jar, a copy of the deck, an empty state folder and a private Xvfb (removed on exit)
# shellcheck source=packaging/xvfb-app-lib.sh
source packaging/xvfb-app-lib.sh

start_app() {
    java -Xmx384m -XX:+UseSerialGC -jar target/estrado.jar present "$deck" --no-check >>"$out/app.log" 2>&1 &
    app_pid=$!
}
wait_window() { # name pattern, seconds
    for _ in $(seq $(($2 * 10))); do
        w=$(xdotool search --name "$1" 2>/dev/null | head -1) || true
        [ -n "$w" ] && { echo "$w"; return 0; }
        kill -0 "$app_pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}
snapshot() { ls "$state"/estrado/current-*.json 2>/dev/null | head -1; }

: >"$out/app.log"
start_app
presenter=$(wait_window "presentador" 60) || { cat "$out/app.log"; fail "the presenter window did not open"; }
pass "presenter window open"
for _ in 1 2 3 4; do xdotool key --window "$presenter" Right; sleep 0.3; done
sleep 7   # longer than the 4 s between periodic saves
[ -n "$(snapshot)" ] || fail "no saved state under $state/estrado"
killed_at=$(date -u +%s.%N)
kill -9 "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
cp "$(snapshot)" "$out/before.json"
pass "killed with SIGKILL on a running talk"

start_app
dialog=$(wait_window "antes de empezar" 60) || { cat "$out/app.log"; fail "no resume offer after the crash"; }
import -window root "$out/resume-offer.png"
pass "resume offered: $out/resume-offer.png"
xdotool key --window "$dialog" Return
wait_window "presentador" 60 >/dev/null || fail "the talk did not resume"
sleep 7
cp "$(snapshot)" "$out/after.json"
import -window root "$out/resumed.png"

python3 - "$out/before.json" "$out/after.json" "$killed_at" <<'PY' || fail "the resumed state is not where the talk was"
import json, sys, datetime
def t(s):
    s = s.replace('Z', '')
    head, _, frac = s.partition('.')
    return datetime.datetime.fromisoformat(head + '.' + (frac + '000000')[:6]).replace(tzinfo=datetime.timezone.utc).timestamp()
before, after = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
killed = float(sys.argv[3])
def elapsed(timer, at):
    paused = sum((t(p['end']) if p.get('end') else at) - t(p['start']) for p in timer['pauses'])
    if timer.get('pausedSince'):
        paused += at - t(timer['pausedSince'])
    return at - t(timer['startedAt']) - paused
at_kill = elapsed(before['timer'], killed)
resumed_at = max(t(p['end']) for p in after['timer']['pauses'] if p.get('end'))
at_resume = elapsed(after['timer'], resumed_at)
print(f"crash-test: slide before {before['slideId']}#{before['step']}, after {after['slideId']}#{after['step']}")
print(f"crash-test: clock at the kill {at_kill:.1f} s, at the resume {at_resume:.1f} s (difference {at_resume - at_kill:+.1f} s)")
assert before['slideId'] == after['slideId'] and before['step'] == after['step'], "not the same slide"
assert abs(at_resume - at_kill) <= 5.0, "clock more than 5 s off"
PY
pass "same slide, clock within 5 s (screenshot: $out/resumed.png)"
kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""
echo "crash-test: $passed passed, 0 failed"
