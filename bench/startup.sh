#!/usr/bin/env bash
# Start-up benchmark (issue 8): cold start to the first slide painted, for the installed estrado
# and for the floor, a minimal JavaFX window (bench/FloorWindow.java) on the same runtime.
#
# Usage: bench/startup.sh [RUNS]        (default 10; needs the .deb installed: packaging/verify-deb.sh
#                                        builds and installs it, or dpkg -i target/installer/dist/*.deb)
# Environment: ESTRADO_HOME (default /opt/estrado); DISPLAY (default: a private Xvfb is started).
#
# What is measured: wall-clock milliseconds from just before the launcher is executed to the
# moment the app reports its first frame. The app's opt-in probe (ESTRADO_STARTUP_PROBE=exit,
# estrado.present.StartupProbe) prints "estrado: first-frame epoch-ms=T" at the end of the first
# pulse that laid out the shown window — the pulse that handed that frame to the renderer — and
# exits. Every run is a new JVM (cold JVM, warm OS file cache: the first run of each is discarded).
# The floor is timed by the same probe, with its own AppCDS archive (as estrado has).
# The floor is also timed with estrado's JVM tuning (the -XX options of its launcher), and without CDS.
# Runs are interleaved (app, floor, floor..., app, ...) so background load hits all alike.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
home=${ESTRADO_HOME:-/opt/estrado}
java=$home/lib/runtime/bin/java
appdir=$home/lib/app
[ -x "$home/bin/estrado" ] || { echo "estrado is not installed in $home" >&2; exit 2; }

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || { echo "needs a display or Xvfb (apt-get install -y xvfb)" >&2; exit 2; }
    for n in $(seq 90 120); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || break; done
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$n"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

# The floor, compiled against the installed runtime (it has JavaFX) and packed as a jar: CDS
# archives only classes from jars. It uses estrado.jar only for the probe.
javac -nowarn --system "$home/lib/runtime" -cp "$appdir/estrado.jar" -d "$tmp/classes" bench/FloorWindow.java
jar cf "$tmp/floor.jar" -C "$tmp/classes" .
floor_cp="$tmp/floor.jar:$appdir/estrado.jar"
ESTRADO_STARTUP_PROBE=exit "$java" -XX:DumpLoadedClassList="$tmp/floor.classlist" -cp "$floor_cp" FloorWindow >/dev/null
"$java" -Xshare:dump -XX:SharedClassListFile="$tmp/floor.classlist" -XX:SharedArchiveFile="$tmp/floor.jsa" \
    -cp "$floor_cp" >/dev/null 2>&1

if [ -f "$appdir/estrado.jsa" ]; then
    echo "estrado: AppCDS archive $appdir/estrado.jsa ($(du -m "$appdir/estrado.jsa" | cut -f1) MB)"
else
    echo "estrado: no AppCDS archive in $appdir (postinst did not make one)"
fi

# one timed start: prints milliseconds from exec to the probe's first-frame stamp
time_one() {
    local start out stamp
    start=${EPOCHREALTIME/./}
    out=$(ESTRADO_STARTUP_PROBE=exit "$@" 2>&1) || true
    stamp=$(printf '%s\n' "$out" | sed -n 's/^estrado: first-frame.*epoch-ms=\([0-9]*\).*/\1/p' | head -1)
    [ -n "$stamp" ] || { echo "no first-frame line from: $*" >&2; printf '%s\n' "$out" | tail -5 >&2; exit 1; }
    echo $((stamp - start / 1000))
}

median() {
    sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}

app=("$home/bin/estrado")
floor=("$java" -XX:SharedArchiveFile="$tmp/floor.jsa" -Xshare:auto -cp "$floor_cp" FloorWindow)
floor_plain=("$java" -cp "$floor_cp" FloorWindow)
# estrado's launcher adds JVM tuning (e.g. C1 only); the floor is also timed with the same, for fairness
mapfile -t tuning < <(grep -o '"-XX:[^"]*"' "$home/bin/estrado" 2>/dev/null | tr -d '"' | grep -v SharedArchiveFile || true)
floor_tuned=("$java" "${tuning[@]}" -XX:SharedArchiveFile="$tmp/floor.jsa" -cp "$floor_cp" FloorWindow)
time_one "${app[@]}" >/dev/null
time_one "${floor[@]}" >/dev/null
time_one "${floor_plain[@]}" >/dev/null
time_one "${floor_tuned[@]}" >/dev/null
: >"$tmp/app" ; : >"$tmp/floor" ; : >"$tmp/plain" ; : >"$tmp/tuned"
for _ in $(seq "$runs"); do
    time_one "${app[@]}" >>"$tmp/app"
    time_one "${floor[@]}" >>"$tmp/floor"
    time_one "${floor_plain[@]}" >>"$tmp/plain"
    time_one "${floor_tuned[@]}" >>"$tmp/tuned"
done
a=$(median <"$tmp/app"); f=$(median <"$tmp/floor"); p=$(median <"$tmp/plain"); t=$(median <"$tmp/tuned")
echo "runs: $runs each, interleaved; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "estrado (installed, AppCDS)            median $a ms   [$(sort -n "$tmp/app" | paste -sd' ')]"
echo "floor (same runtime, AppCDS)           median $f ms   [$(sort -n "$tmp/floor" | paste -sd' ')]"
echo "floor (AppCDS + ${tuning[*]:-no tuning})  median $t ms   [$(sort -n "$tmp/tuned" | paste -sd' ')]"
echo "floor (same runtime, no CDS)           median $p ms   [$(sort -n "$tmp/plain" | paste -sd' ')]"
awk -v a="$a" -v f="$f" -v t="$t" 'BEGIN {printf "ratio estrado / floor: %.2f (floor with estrado'"'"'s JVM tuning too: %.2f)\n", a / f, a / t}'
echo "sizes: runtime $(du -sm "$home/lib/runtime" | cut -f1) MB, installed $(du -sm "$home" | cut -f1) MB"
