#!/usr/bin/env bash
# Export figures (issue 7): the real command line end to end (wall time, CPU time, peak RSS) for the
# bundled deck and generated 10 / 60 / 100 / 1,000-slide decks, PDF beside PNG; then the same
# exports inside one warm JVM (time per slide, PDF size, heap peak). The 1,000-slide PDF also runs
# with a 96 MB heap cap to show that memory does not grow with the deck, the bundled one with 128 MB.
# Command-line rows use the installed launcher's JVM options (pom.xml installer.javaOptions); one row
# shows plain `java -jar` with the JVM's defaults for comparison.
# Usage: bench/export.sh            (from the project folder; builds the jar and test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests >/dev/null
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# the installed launcher's JVM options (C1 only, serial GC, heap ceiling), as a TA's export runs
read -r -a JOPTS <<< "$(sed -n 's:.*<installer.javaOptions>\(.*\)</installer.javaOptions>.*:\1:p' pom.xml)"
echo "launcher options: ${JOPTS[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

cli() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/time" "$@" >/dev/null 2>&1
  read -r wall user sys rss < "$OUT/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-40s %6.2f s wall %6.2f s cpu %6.0f MB peak RSS\n", l, w, u + s, r / 1024 }'
}

echo "== command line, end to end (median of 3 for PDF; includes JVM and JavaFX start-up)"
for deck in bundled 10 60 100 1000; do
  if [ "$deck" = bundled ]; then dir="$PWD"; else dir=$(java -cp "$CP" estrado.bench.ExportBench generate "$deck"); fi
  runs=3; [ "$deck" = 1000 ] && runs=1
  for i in $(seq $runs); do cli "pdf  $deck" java "${JOPTS[@]}" -jar target/estrado.jar export "$dir" --pdf "$OUT/d.pdf"; done
  printf "%-40s %s\n" "     size" "$(du -k "$OUT/d.pdf" | cut -f1) KB"
  if [ "$deck" != 1000 ]; then cli "png  $deck" java "${JOPTS[@]}" -jar target/estrado.jar export "$dir" --png "$OUT/png"; rm -rf "$OUT/png"; fi
  if [ "$deck" = 1000 ]; then cli "pdf  $deck, heap capped at 96 MB" java "${JOPTS[@]}" -Xmx96m -jar target/estrado.jar export "$dir" --pdf "$OUT/d.pdf"; fi
  if [ "$deck" = bundled ]; then cli "pdf  bundled, heap capped at 128 MB" java "${JOPTS[@]}" -Xmx128m -jar target/estrado.jar export "$dir" --pdf "$OUT/d.pdf"; fi
  if [ "$deck" = 60 ]; then
    cli "pdf  60, plain java -jar (JVM defaults)" java -jar target/estrado.jar export "$dir" --pdf "$OUT/d.pdf"
    cli "pdf  60 --notes (handout)" java "${JOPTS[@]}" -jar target/estrado.jar export "$dir" --pdf "$OUT/d.pdf" --notes
  fi
  if [ "$deck" != bundled ]; then rm -rf "$dir"; fi
done

echo "== inside one warm JVM"
java -Xmx1g -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless -cp "$CP" estrado.bench.ExportBench "$PWD/slides" 2>/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
