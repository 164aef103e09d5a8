#!/usr/bin/env bash
# Foundation figures (issue 2): check load+validate, and slide change to the next laid-out frame.
# Usage: bench/foundation.sh            (from the project folder; builds test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
exec java -Xmx1g -Dprism.order=sw -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1080-32 \
  -cp "target/classes:target/test-classes:$(cat target/bench.cp)" estrado.bench.FoundationBench "$PWD/slides"
