# shellcheck shell=bash disable=SC2154  # name and out are set by the script that sources this
# Shared by packaging/verify-*.sh, sourced after setting `name` (each line's prefix) and `out` (the
# output folder). Each check prints `NAME: ok: …`; the last line is `NAME: N passed, N failed`.
say() { printf '%s: %s\n' "$name" "$*"; }
passed=0
pass() { passed=$((passed + 1)); printf '%s: ok: %s\n' "$name" "$*"; }
fail() {
    printf '%s: FAILED: %s\n' "$name" "$*" >&2
    printf '%s: %d passed, 1 failed\n' "$name" "$passed"
    exit 1
}

# `mvn -Pinstaller package` into target/installer/dist, its log in $out/build.log.
# ESTRADO_APP_VERSION (a release tag such as v1.2.3) names the installer's version; else the pom's.
build_installer() {
    say "building the installer (mvn -Pinstaller package)"
    local start=$SECONDS
    mvn -B -q -Pinstaller package -DskipTests ${ESTRADO_APP_VERSION:+"-Dinstaller.appVersion=${ESTRADO_APP_VERSION#v}"} \
        >"$out/build.log" 2>&1 || { tail -40 "$out/build.log"; fail "installer build"; }
    grep '^installer: ' "$out/build.log" | grep -v -E '^installer: (jmod|jlink|jdeps|jpackage) ' || true
    pass "installer built in $((SECONDS - start)) s"
}
