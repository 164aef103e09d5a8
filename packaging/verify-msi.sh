#!/usr/bin/env bash
# Verifies the Windows installer end to end, as a teaching assistant would use it (the Windows leg of
# .github/workflows/build.yml; written from jpackage's and msiexec's documentation, NOT YET RUN):
#   builds the .msi (mvn -Pinstaller package, WiX 3 on the PATH), installs it silently for this user
#   only (msiexec /qn: no administrator rights), checks the Start-menu entry, runs the installed
#   estrado-cli.exe's `--version`, `check` and `export --pdf` on the bundled deck, installs the same
#   .msi again (the fixed upgrade UUID must not leave two copies), then uninstalls it and checks
#   nothing is left behind.
# Usage (Git Bash on Windows, e.g. a GitHub Actions windows runner): packaging/verify-msi.sh [--no-build]
# Output: target/verify-msi/ (msiexec logs, the PDF).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/verify-msi
build=1
[ "${1:-}" = "--no-build" ] && build=0
# msiexec's switches start with '/': keep Git Bash from turning them into paths
export MSYS2_ARG_CONV_EXCL='*'

name=verify-msi
# shellcheck source=packaging/verify-lib.sh
. packaging/verify-lib.sh
win() { cygpath -w "$1"; }

rm -rf "$out"
mkdir -p "$out"

# WiX 3 (candle.exe, light.exe): jpackage needs it on the PATH to build an .msi
if ! command -v candle.exe >/dev/null 2>&1; then
    for d in "/c/Program Files (x86)/WiX Toolset v3.14/bin" "/c/Program Files (x86)/WiX Toolset v3.11/bin"; do
        [ -x "$d/candle.exe" ] && export PATH="$d:$PATH" && break
    done
fi
if ! command -v candle.exe >/dev/null 2>&1; then
    say "installing WiX 3 (choco install wixtoolset)"
    choco install wixtoolset --version 3.14.1 -y --no-progress >"$out/wix-install.log" 2>&1 \
        || { cat "$out/wix-install.log"; fail "WiX 3 install"; }
    export PATH="/c/Program Files (x86)/WiX Toolset v3.14/bin:$PATH"
fi
command -v candle.exe >/dev/null 2>&1 || fail "WiX 3 (candle.exe) not found"
pass "WiX 3 on the PATH: $(command -v candle.exe)"

if [ $build -eq 1 ]; then
    build_installer
fi
msi=$(ls target/installer/dist/estrado-*.msi 2>/dev/null | head -1)
[ -n "$msi" ] || fail "no .msi in target/installer/dist"

# per user, into %LOCALAPPDATA%\Programs\estrado (BuildInstaller: --install-dir); %LOCALAPPDATA%\estrado
# is the state folder and must not receive the program
home="$(cygpath -u "$LOCALAPPDATA")/Programs/estrado"
state="$(cygpath -u "$LOCALAPPDATA")/estrado"
menu="$(cygpath -u "$APPDATA")/Microsoft/Windows/Start Menu/Programs"
[ ! -e "$home" ] || fail "$home exists before installing"

install() {
    msiexec /i "$(win "$msi")" /qn /norestart "/l*v" "$(win "$out/$1.log")" \
        || { tail -30 "$out/$1.log"; fail "msiexec /i ($1)"; }
}
say "msiexec /i $msi /qn ($(du -m "$msi" | cut -f1) MB)"
install msi-install
[ -x "$home/estrado-cli.exe" ] || { ls -la "$home" "$state" || true; fail "no estrado-cli.exe in $home"; }
[ ! -e "$state/estrado-cli.exe" ] || fail "the program went into the state folder $state"
[ -x "$home/estrado.exe" ] || fail "no estrado.exe in $home"
pass "installed for this user, no administrator rights: $(du -sm "$home" | cut -f1) MB in $home"
shortcut=$(find "$menu" -iname 'estrado*.lnk' 2>/dev/null | head -1)
[ -n "$shortcut" ] || fail "no Start-menu entry under $menu"
pass "Start-menu entry: $shortcut"

work=$(mktemp -d)
(cd "$work" && "$home/estrado-cli.exe" --version) | tee "$out/version.txt"
(cd "$work" && "$home/estrado-cli.exe" check) >"$out/check.txt" 2>&1 || { cat "$out/check.txt"; fail "estrado-cli check"; }
cat "$out/check.txt"
pass "the installed estrado-cli.exe's check exits 0 on the bundled deck"
(cd "$work" && "$home/estrado-cli.exe" export --pdf "$(win "$work/deck.pdf")") >"$out/export.txt" 2>&1 \
    || { cat "$out/export.txt"; fail "estrado-cli export --pdf"; }
[ "$(head -c 5 "$work/deck.pdf")" = "%PDF-" ] || fail "export wrote no PDF"
cp "$work/deck.pdf" "$out/deck.pdf"
pass "export --pdf wrote $(du -k "$out/deck.pdf" | cut -f1) KB"
rm -rf "$work"

# the same product code again: Windows must repair or upgrade in place, never add a second entry
say "installing the same .msi again"
install msi-reinstall
[ -x "$home/estrado-cli.exe" ] || fail "estrado-cli.exe gone after installing again"
pass "installing again keeps one copy in $home"

say "msiexec /x $msi /qn"
msiexec /x "$(win "$msi")" /qn /norestart "/l*v" "$(win "$out/msi-remove.log")" \
    || { tail -30 "$out/msi-remove.log"; fail "msiexec /x"; }
[ ! -e "$home/estrado-cli.exe" ] || fail "$home left behind"
[ -z "$(find "$menu" -iname 'estrado*.lnk' 2>/dev/null | head -1)" ] || fail "Start-menu entry left behind"
pass "msiexec /x removed it: nothing left in $home or the Start menu"
say "$passed passed, 0 failed"
