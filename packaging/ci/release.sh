#!/usr/bin/env bash
# Publishes a tag's installers and the jar as a GitHub release (the `release` job of
# .github/workflows/build.yml). Needs the GitHub CLI (gh) and GH_TOKEN.
# Usage: packaging/ci/release.sh TAG DIR   (DIR: the downloaded artifacts, one folder per leg)
set -euo pipefail
tag=${1:?tag}
dir=${2:?artifacts folder}
mapfile -t files < <(find "$dir" -path '*/installer/dist/*' -type f \( -name '*.deb' -o -name '*.msi' -o -name '*.dmg' \) | sort)
jar=$(find "$dir" -path '*linux-x64*' -name 'estrado.jar' -type f | head -1)
[ -n "$jar" ] || { echo "release: no estrado.jar among the artifacts" >&2; exit 1; }
[ ${#files[@]} -gt 0 ] || { echo "release: no installers among the artifacts" >&2; exit 1; }
notes=$(mktemp)
cat >"$notes" <<NOTES
estrado ${tag}: instaladores para Linux (.deb), Windows (.msi) y macOS (.dmg, Intel y Apple Silicon), y
estrado.jar para cualquier sistema con Java 17 o más nuevo (\`java -jar estrado.jar\`).

Los instaladores no están firmados: Windows SmartScreen y macOS Gatekeeper avisan la primera vez. Cómo
pasar el aviso: sección "Instalar" del README.
NOTES
printf 'release: %s\n' "${files[@]}" "$jar"
gh release create "$tag" --title "estrado $tag" --notes-file "$notes" "${files[@]}" "$jar"
