#!/usr/bin/env bash
# Verifies the macOS installer end to end, as a teaching assistant would use it (the macOS legs of
# .github/workflows/build.yml, Intel and Apple Silicon; written from jpackage's and hdiutil's
# documentation, NOT YET RUN):
#   builds the .dmg (mvn -Pinstaller package), mounts it without a window, copies estrado.app to
#   ~/Applications as a drag would, checks the bundle's name, identifier, version (Apple's rule: one
#   to three integers, the first at least 1) and icon, runs the installed launcher's `--version`,
#   `check` and `export --pdf` on the bundled deck, then removes the app.
# Usage (macOS, Xcode's command line tools): packaging/verify-dmg.sh [--no-build]
# Output: target/verify-dmg/ (Info.plist, the PDF).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/verify-dmg
build=1
[ "${1:-}" = "--no-build" ] && build=0

name=verify-dmg
# shellcheck source=packaging/verify-lib.sh
. packaging/verify-lib.sh

rm -rf "$out"
mkdir -p "$out"
mnt=$(mktemp -d)
apps="$HOME/Applications"
app="$apps/estrado.app"
cleanup() {
    hdiutil detach "$mnt" -quiet >/dev/null 2>&1 || true
    rmdir "$mnt" 2>/dev/null || true
}
trap cleanup EXIT

if [ $build -eq 1 ]; then
    build_installer
fi
dmg=$(ls target/installer/dist/estrado-*.dmg 2>/dev/null | head -1)
[ -n "$dmg" ] || fail "no .dmg in target/installer/dist"

say "hdiutil attach $dmg ($(du -m "$dmg" | cut -f1) MB)"
hdiutil attach "$dmg" -nobrowse -readonly -noautoopen -mountpoint "$mnt" >"$out/attach.log" \
    || { cat "$out/attach.log"; fail "hdiutil attach"; }
[ -d "$mnt/estrado.app" ] || { ls -la "$mnt"; fail "no estrado.app in the dmg"; }
mkdir -p "$apps"
rm -rf "$app"
cp -R "$mnt/estrado.app" "$apps/"
hdiutil detach "$mnt" -quiet
pass "estrado.app copied to $apps, as a drag from the dmg would: $(du -sm "$app" | cut -f1) MB"

plist="$app/Contents/Info.plist"
cp "$plist" "$out/Info.plist"
key() { /usr/libexec/PlistBuddy -c "Print :$1" "$plist"; }
[ "$(key CFBundleName)" = "estrado" ] || fail "CFBundleName is $(key CFBundleName), not estrado"
[ "$(key CFBundleIdentifier)" = "io.github.estrado" ] || fail "CFBundleIdentifier is $(key CFBundleIdentifier)"
version=$(key CFBundleShortVersionString)
[[ "$version" =~ ^[1-9][0-9]*(\.[0-9]+){0,2}$ ]] || fail "version $version breaks Apple's rule"
icon=$(key CFBundleIconFile)
[ -f "$app/Contents/Resources/$icon" ] || [ -f "$app/Contents/Resources/$icon.icns" ] || fail "no icon file $icon"
pass "bundle: name estrado, identifier io.github.estrado, version $version, icon $icon"

launcher="$app/Contents/MacOS/estrado"
work=$(mktemp -d)
(cd "$work" && "$launcher" --version) | tee "$out/version.txt"
(cd "$work" && "$launcher" check) >"$out/check.txt" 2>&1 || { cat "$out/check.txt"; fail "estrado check"; }
cat "$out/check.txt"
pass "the installed launcher's check exits 0 on the bundled deck"
(cd "$work" && "$launcher" export --pdf "$work/deck.pdf") >"$out/export.txt" 2>&1 \
    || { cat "$out/export.txt"; fail "estrado export --pdf"; }
[ "$(head -c 5 "$work/deck.pdf")" = "%PDF-" ] || fail "export wrote no PDF"
cp "$work/deck.pdf" "$out/deck.pdf"
pass "export --pdf wrote $(du -k "$out/deck.pdf" | cut -f1) KB"
rm -rf "$work"

rm -rf "$app"
[ ! -e "$app" ] || fail "$app left behind"
pass "removed $app"
say "$passed passed, 0 failed"
