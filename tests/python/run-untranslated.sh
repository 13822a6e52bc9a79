#!/bin/sh
# Differential test: runs every tests/python/NNN_*.py with the untranslated
# Pyrite interpreter and with CPython (/usr/bin/python3, exactly that path),
# and compares stdout, stderr and exit status byte for byte.
#
# Usage: tests/python/run-untranslated.sh [PYRITE_BINARY]
# Without an argument (or $PYRITE) the interpreter is built with plain
# rustc into a temporary directory (no cargo, so no lock contention).
#
# Programs are passed by absolute path because CPython 3.11 prints absolute
# script paths in tracebacks.

set -u
here=$(cd "$(dirname "$0")" && pwd)
spec=$(cd "$here/../../interpreter-spec" && pwd)
cpython=/usr/bin/python3
work=$(mktemp -d "${TMPDIR:-/tmp}/pyrite-tests.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

pyrite=${1:-${PYRITE:-}}
if [ -z "$pyrite" ]; then
    pyrite="$work/pyrite-untranslated"
    if ! rustc -O --edition 2021 "$spec/src/main.rs" -o "$pyrite"; then
        echo "build failed"
        echo "0 passed, 1 failed"
        exit 1
    fi
fi

passed=0
failed=0
for test in "$here"/[0-9][0-9][0-9]_*.py; do
    [ -e "$test" ] || continue
    name=$(basename "$test")
    "$cpython" "$test" >"$work/want.out" 2>"$work/want.err" </dev/null
    want_rc=$?
    "$pyrite" "$test" >"$work/got.out" 2>"$work/got.err" </dev/null
    got_rc=$?
    if cmp -s "$work/want.out" "$work/got.out" &&
       cmp -s "$work/want.err" "$work/got.err" &&
       [ "$want_rc" -eq "$got_rc" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name (exit: cpython $want_rc, pyrite $got_rc)"
        diff -u "$work/want.out" "$work/got.out" | sed -n '3,20p' | sed 's/^/  stdout /'
        diff -u "$work/want.err" "$work/got.err" | sed -n '3,20p' | sed 's/^/  stderr /'
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
