#!/usr/bin/env bash
# Verifies the jar that runs anywhere (decision 0017), as a teaching assistant with Java 17 would use it:
#   - lists, for each system, the JavaFX native libraries inside estrado.jar and checks the ones
#     every start needs (glass, prism_sw, javafx_font) and that system's own classes are there;
#   - checks no native library is left at the jar's root (Linux x64 and aarch64 name theirs alike);
#   - starts it here with no display and an empty home: `--version`, `check` on the bundled deck and
#     `export --pdf`, and checks JavaFX took this system's libraries from the jar's unpacked copy;
#   - reports the jar's size.
# Usage: packaging/verify-jar.sh [JAR]   (default target/estrado.jar; built with `mvn package` if missing)
# Needs: JDK 17+ (java, jar) and bash; nothing else. Output: target/verify-jar/.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/estrado.jar}
out=target/verify-jar

name=verify-jar
# shellcheck source=packaging/verify-lib.sh
. packaging/verify-lib.sh

if [ ! -f "$jar" ]; then
    say "no $jar: building it (mvn package)"
    mvn -B -q package -DskipTests
fi
rm -rf "$out"
mkdir -p "$out"
jar tf "$jar" >"$out/entries.txt"

# 1. each system's libraries and classes
#    system         glass library     a class only that system's JavaFX has
systems=(
    "linux-x64      libglass.so       com/sun/glass/ui/gtk/GtkApplication.class"
    "linux-aarch64  libglass.so       com/sun/glass/ui/gtk/GtkApplication.class"
    "windows-x64    glass.dll         com/sun/glass/ui/win/WinApplication.class"
    "macos-x64      libglass.dylib    com/sun/glass/ui/mac/MacApplication.class"
    "macos-aarch64  libglass.dylib    com/sun/glass/ui/mac/MacApplication.class"
)
for row in "${systems[@]}"; do
    read -r system glass class <<<"$row"
    libs=$(grep -E "^estrado/natives/$system/[^/]+$" "$out/entries.txt" | sed "s|^estrado/natives/$system/||" | sort)
    [ -n "$libs" ] || fail "no native libraries for $system"
    say "$system: $(wc -l <<<"$libs") libraries: $(tr '\n' ' ' <<<"$libs")"
    suffix=${glass#*glass}
    prefix=${glass%glass*}
    for lib in glass prism_sw javafx_font; do
        grep -qx "$prefix$lib$suffix" <<<"$libs" || fail "$system lacks $prefix$lib$suffix"
    done
    grep -qx "$class" "$out/entries.txt" || fail "$system's classes are missing ($class)"
    pass "$system: glass, prism_sw and javafx_font, and its own classes ($class)"
done
abs_jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
(cd "$out" && jar xf "$abs_jar" estrado/natives/index.properties)
[ -f "$out/estrado/natives/index.properties" ] || fail "no estrado/natives/index.properties"
mv "$out/estrado/natives/index.properties" "$out/index.properties"
rm -rf "$out/estrado"
listed=$(grep -c '^[a-z]*-[a-z0-9]*/' "$out/index.properties")
inside=$(grep -cE '^estrado/natives/[^/]+/[^/]+$' "$out/entries.txt")
[ "$listed" -eq "$inside" ] || fail "the index lists $listed libraries, the jar holds $inside"
pass "the index lists all $listed libraries (JavaFX $(sed -n 's/^javafx.version=//p' "$out/index.properties"))"
root=$(grep -E '^[^/]+\.(so|dll|dylib)$' "$out/entries.txt" || true)
[ -z "$root" ] || fail "native libraries at the jar's root: $root"
pass "no native library at the jar's root"

# 2. it runs here: no display, a home of its own (so the libraries are unpacked afresh)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
java_home=$home
command -v cygpath >/dev/null 2>&1 && java_home=$(cygpath -w "$home") # Git Bash on Windows
run() { env -u DISPLAY -u WAYLAND_DISPLAY java -Duser.home="$java_home" -jar "$jar" "$@"; }
version=$(run --version) || fail "java -jar $jar --version"
pass "java -jar --version: $version"
run check slides >"$out/check.txt" 2>&1 || { cat "$out/check.txt"; fail "check slides"; }
pass "check slides: $(grep -E "errores|errors" "$out/check.txt" | tail -1)"
run export slides --pdf "$out/deck.pdf" >"$out/export.txt" 2>&1 || { cat "$out/export.txt"; fail "export --pdf"; }
[ "$(head -c 5 "$out/deck.pdf")" = "%PDF-" ] || fail "export wrote no PDF"
pass "export --pdf: $out/deck.pdf ($(du -k "$out/deck.pdf" | cut -f1) KB)"
here=$(find "$home/.openjfx/cache" -mindepth 2 -maxdepth 2 -type d 2>/dev/null | head -1)
if [ -z "$here" ] || [ -z "$(ls "$here")" ]; then fail "no libraries unpacked under $home/.openjfx/cache"; fi
pass "this system's libraries were unpacked to ~/.openjfx/cache/${here#"$home/.openjfx/cache/"} ($(ls "$here" | wc -l) files)"

size=$(wc -c <"$jar")
say "size of $jar: $size bytes ($(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
say "$passed passed, 0 failed"
