#!/bin/sh
# Builds the runtime's formatting test and compares it with test_fmt.expected
# (generated once from a Rust 1.95 oracle; see README.md).  Also checks that
# the runtime compiles warning-free for x86_64 and, when the cross toolchain
# and qemu are installed, runs the same test on 32-bit ARM (armv5te).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

CC=${CC:-gcc}
$CC -std=c11 -O2 -Wall -Werror -c "$here/pyrite_rt.c" -o "$tmp/rt.o"
$CC -std=c11 -O2 -Wall -Werror -DPYR_NO_MAIN "$here/test_fmt.c" "$here/pyrite_rt.c" -o "$tmp/test_fmt" -lm
if "$tmp/test_fmt" | cmp -s - "$here/test_fmt.expected"; then
    echo "x86_64: test_fmt OK ($(wc -l < "$here/test_fmt.expected") lines)"
else
    echo "x86_64: test_fmt MISMATCH:"; "$tmp/test_fmt" | diff "$here/test_fmt.expected" - | head -20; fail=1
fi

if command -v arm-linux-gnueabi-gcc >/dev/null 2>&1; then
    ARMCC="arm-linux-gnueabi-gcc -std=c11 -march=armv5te -marm -O2 -Wall -Werror"
    $ARMCC -c "$here/pyrite_rt.c" -o "$tmp/rt_arm.o"
    $ARMCC -DPYR_NO_MAIN "$here/test_fmt.c" "$here/pyrite_rt.c" -o "$tmp/test_fmt_arm" -lm
    if command -v qemu-arm >/dev/null 2>&1; then
        if qemu-arm -L /usr/arm-linux-gnueabi "$tmp/test_fmt_arm" | cmp -s - "$here/test_fmt.expected"; then
            echo "armv5te: test_fmt OK"
        else
            echo "armv5te: test_fmt MISMATCH:"
            qemu-arm -L /usr/arm-linux-gnueabi "$tmp/test_fmt_arm" | diff "$here/test_fmt.expected" - | head -20; fail=1
        fi
    else
        echo "armv5te: compiled OK (qemu-arm missing, not run)"
    fi
else
    echo "armv5te: skipped (arm-linux-gnueabi-gcc missing)"
fi
exit $fail
