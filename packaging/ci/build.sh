#!/usr/bin/env bash
# The first step of every leg of .github/workflows/build.yml, the same on Linux, Windows (Git Bash)
# and macOS: the README's test command, then the jar that runs anywhere, checked and started here.
set -euo pipefail
cd "$(dirname "$0")/../.."
java -version 2>&1 | sed -n 1p
mvn -v | sed -n 1p
mvn -B verify
bash packaging/verify-jar.sh
