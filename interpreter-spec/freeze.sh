#!/bin/sh
# Regenerates interpreter-spec/lib/frozen.img, the compiled code objects of
# the frozen modules (interpreter-spec/lib/*.py, listed in
# interpreter-spec/src/frozen.rs), after any change to those sources, to the
# compiler or to the image format.  The interpreter is built with plain
# rustc (no cargo lock) and compiles the sources itself; the image it
# embeds is not used for that (an empty or stale one is fine).
#
# Usage: interpreter-spec/freeze.sh
set -eu
spec=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pyrite-freeze.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
[ -e "$spec/lib/frozen.img" ] || : >"$spec/lib/frozen.img"
rustc -O --edition 2021 "$spec/src/main.rs" -o "$work/pyrite"
"$work/pyrite" --write-frozen-image "$spec/lib" "$work/frozen.img"
mv "$work/frozen.img" "$spec/lib/frozen.img"
echo "wrote $spec/lib/frozen.img ($(wc -c <"$spec/lib/frozen.img") bytes)"
