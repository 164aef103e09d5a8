#!/usr/bin/env bash
# Verifies the Linux installer end to end, as a teaching assistant would use it:
#   builds the .deb (mvn -Pinstaller package), installs it with dpkg -i, runs the installed
#   launcher's `check` and `export`, starts the app with no arguments under Xvfb and takes a
#   screenshot of its first slide, checks the AppCDS archive is in use, then removes the package
#   and checks that nothing is left behind.
# Usage (as root, or a user with sudo; from anywhere): packaging/verify-deb.sh [--no-build]
#   --no-build   use the .deb already in target/installer/dist
# It installs what it needs with apt-get (Xvfb, ImageMagick, xdotool, GTK 3 and the .deb's own
# dependencies). Output, screenshot included: target/verify-deb/.
set -euo pipefail
# dpkg -i needs root: on a CI runner (a user with sudo) run the whole check as root, keeping this JDK
if [ "$(id -u)" -ne 0 ]; then
    exec sudo env "PATH=$PATH" ${JAVA_HOME:+"JAVA_HOME=$JAVA_HOME"} ${ESTRADO_APP_VERSION:+"ESTRADO_APP_VERSION=$ESTRADO_APP_VERSION"} bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
out=target/verify-deb
home=/opt/estrado
build=1
[ "${1:-}" = "--no-build" ] && build=0

name=verify-deb
# shellcheck source=packaging/verify-lib.sh
. packaging/verify-lib.sh

apt_updated=0
ensure_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ $apt_updated -eq 0 ]; then
        apt-get update -qq
        apt_updated=1
    fi
    say "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_packages xvfb imagemagick xdotool libgtk-3-0 fakeroot
rm -rf "$out"
mkdir -p "$out"

# A private X display: the build records its AppCDS class list from a real window on it, and the
# installed app is shown on it.
xvfb_pid=
app_pid=
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
for n in $(seq 70 99); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$n"
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done

if [ $build -eq 1 ]; then
    build_installer
fi
deb=$(ls target/installer/dist/estrado_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in target/installer/dist"

# dpkg -i does not fetch dependencies: install the ones the package declares first
mapfile -t deps < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -E 's/\(.*\)//; s/\|.*//; s/^ +| +$//g' | grep -v '^$')
ensure_packages "${deps[@]}"

if dpkg-query -W -f='${Status}' estrado 2>/dev/null | grep -q 'install ok installed'; then
    say "removing a previous install"
    dpkg -r estrado >/dev/null
fi
ls -A /opt >"$out/opt-before.txt"
[ ! -e "$home" ] || fail "$home exists before installing"

say "dpkg -i $deb ($(du -m "$deb" | cut -f1) MB)"
dpkg -i "$deb" >"$out/dpkg-install.log" 2>&1 || { cat "$out/dpkg-install.log"; fail "dpkg -i"; }
[ -f /usr/share/applications/estrado.desktop ] || fail "no menu entry in /usr/share/applications"
[ -f "$home/lib/app/estrado.jsa" ] || fail "postinst made no AppCDS archive"
pass "installed with a menu entry and an AppCDS archive: $(du -sm "$home" | cut -f1) MB in $home (runtime $(du -sm "$home/lib/runtime" | cut -f1) MB, AppCDS archive $(du -m "$home/lib/app/estrado.jsa" | cut -f1) MB)"

# -Xshare:on refuses to start unless the archive can be mapped for exactly this class path
cp=$(sed -n "s|^app.classpath=\\\$APPDIR/|$home/lib/app/|p" "$home/lib/app/estrado.cfg" | paste -sd: -)
"$home/lib/runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$home/lib/app/estrado.jsa" -cp "$cp" \
    estrado.app.Main --version >"$out/xshare-on.txt" 2>&1 || { cat "$out/xshare-on.txt"; fail "the AppCDS archive is rejected"; }
pass "the AppCDS archive is accepted with -Xshare:on"

# the commands, from the installed launcher, in a folder with no deck (so the bundled deck is used)
work=$(mktemp -d)
(cd "$work" && "$home/bin/estrado" --version) | tee "$out/version.txt"
(cd "$work" && "$home/bin/estrado" check) >"$out/check.txt" 2>&1 || { cat "$out/check.txt"; fail "estrado check"; }
cat "$out/check.txt"
pass "the installed launcher's check exits 0 on the bundled deck"
(cd "$work" && "$home/bin/estrado" export --png "$work/png") >"$out/export.txt" 2>&1 || { cat "$out/export.txt"; fail "estrado export"; }
pngs=$(ls "$work/png"/*.png | wc -l)
[ "$pngs" -gt 0 ] || fail "export wrote no PNG"
cp "$work/png/$(ls "$work/png" | head -1)" "$out/export-first.png"
pass "export --png wrote $pngs slides"
rm -rf "$work"

# a double-click: no arguments. The probe prints when the first frame is out.
say "starting $home/bin/estrado on $DISPLAY"
ESTRADO_STARTUP_PROBE=1 "$home/bin/estrado" >"$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 300); do
    grep -q 'estrado: first-frame' "$out/app.log" && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/app.log"; fail "the app exited"; }
    sleep 0.1
done
grep -q 'estrado: first-frame' "$out/app.log" || { cat "$out/app.log"; fail "no first frame within 30 s"; }
sleep 1
grep -q "$home/lib/app/estrado.jsa" "/proc/$app_pid/maps" || fail "the app does not map its AppCDS archive"
# a double-click first shows the pre-lecture check; Enter starts the talk, as a lecturer would
dialog=$(xdotool search --name 'antes de empezar' 2>/dev/null | head -1) || true
if [ -n "$dialog" ]; then
    import -window root "$out/pre-lecture-check.png"
    pass "pre-lecture check shown: $out/pre-lecture-check.png"
    xdotool key --window "$dialog" Return
    for _ in $(seq 100); do
        xdotool search --name 'Clase 2' >/dev/null 2>&1 && break
        sleep 0.1
    done
    sleep 1
fi
title=$(xdotool search --name 'Clase 2' getwindowname 2>/dev/null | head -1) || true
[ -n "$title" ] || fail "no window titled with the bundled deck (Clase 2 ...)"
pass "window up: $title"
pass "the running app maps its AppCDS archive"
# the window's title comes before its first paint; on a loaded machine that can take seconds
for _ in $(seq 40); do
    import -window root "$out/first-slide.png"
    colours=$(convert "$out/first-slide.png" -format '%k' info:)
    [ "$colours" -gt 16 ] && break
    sleep 0.5
done
[ "$colours" -gt 16 ] || fail "the screenshot looks blank ($colours colours) 20 s after the window came up"
pass "screenshot of the first slide: $out/first-slide.png ($colours colours)"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=

say "dpkg -r estrado"
dpkg -r estrado >"$out/dpkg-remove.log" 2>&1 || { cat "$out/dpkg-remove.log"; fail "dpkg -r"; }
[ ! -e "$home" ] || { find "$home" | head; fail "$home left behind"; }
[ ! -e /usr/share/applications/estrado.desktop ] || fail "menu entry left behind"
ls -A /opt | diff "$out/opt-before.txt" - >/dev/null || fail "/opt differs from before the install"
pass "dpkg -r removed it cleanly: nothing left in /opt or the menu"
# dpkg -r keeps the package's record (its maintainer scripts) until a purge; drop it too
dpkg --purge estrado >/dev/null 2>&1 || true
say "$passed passed, 0 failed"
