/* Test driver for the number formatting/parsing in pyrite_rt.c.
 * Build: gcc -std=c11 -O2 -Wall -DPYR_NO_MAIN test_fmt.c pyrite_rt.c
 *   ./test_fmt        prints results; check.sh diffs them with test_fmt.expected
 *   ./test_fmt list   prints the test inputs (one per line, as raw bits/bytes) so
 *                     that a Rust oracle can print the expected results; the
 *                     line formats are documented in README.md. */
#include "pyrite_rt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const double tricky[] = {
    0.0, 0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 0.1 + 0.2, 0.3 * 3.0, 0.30000000000000004,
    1e15, 1e16, 1e17, 1e20, 1e21, 1e22, 1e23, 1e100, 1e300, 1e308, 1e-100, 1e-300,
    5e-324, 1e-323, 1.5e-323, 4.9406564584124654e-324, 5e-310, 1.2345e-310,
    2.2250738585072014e-308, 2.2250738585072009e-308, 1.7976931348623157e308,
    2.5, 0.125, 0.5, 1.5, 3.5, 8.5, 9.5, 10.5, 100.5, 0.05, 0.15, 0.25, 0.35, 0.45,
    2.675, 1.005, 1.045, 0.045, 1.0005, 0.0005, 5e-5, 0.00015, 0.5e-3,
    123456.789, 123.456, 1234.5, 1234.5678, 1e-7, 1.5e-7, 1e-5, 1e-4, 0.0001,
    0.00012345, 9.999e-5, 0.000099999999999999991, 0.00010000000000000002,
    1e-6, 0.000001, 1e-10, 7e-10, 100.0, 1.0, 2.0, 10.0, 42.0, 1000000.0,
    12345678901234567890.0, 123456789012345680.0, 9007199254740992.0,
    9007199254740993.0, 9007199254740994.0, 4503599627370496.5, 4503599627370497.5,
    9999999999999998.0, 9999999999999999.0, 10000000000000002.0, 99999999999999990.0,
    9007199254740991.0, 9223372036854775808.0, 18446744073709551616.0,
    18446744073709551615.0, -9223372036854775808.0, 3.141592653589793,
    2.718281828459045, 1.4142135623730951, 1e-4 - 1e-20, 299792458.0, 6.02214076e23,
    6.62607015e-34, 1.602176634e-19, 65504.0, 3.4028234663852886e38,
    1.1754943508222875e-38, 16777216.0, 16777217.0, 0.10000000149011612,
    1e15 + 0.3, 999999999999999.9, 0.999999999999999, 0.9999999999999999,
    1.0000000000000002, 8.41e21, 2.2250738585072014e-308 * 3, 4.35, 4.45, 0.95,
    0.995, 0.9995, 9.995, 99.995, 1e-9, 0.123456789, 1234567.0, 12345678.9,
    3.0e-5, 0.0625, 0.03125, 1.125, 1.375, 5.0e-1, 7.0e22, 5e22, 9.5e21,
    1.7976931348623155e308, 8.98846567431158e307, 1e-320, 6.103515625e-5,
    1152921504606846976.0, 0.1 * 3, 1.1, 2.2, 3.3, 1.23e45, 4.56e-67,
    1e23 + 1e7, 0.7, 0.07, 7e-7, 77777.77777, 1.0 / 7.0, 22.0 / 7.0, 1e16 + 2,
    1e16 + 4, 123456789.123456789, 0.000123456789, 2e-4, 5e15 + 0.5,
    NAN, INFINITY,
};

#define NPREC 6
static const unsigned fixed_prec[NPREC] = {0, 1, 2, 3, 9, 20};
#define NEPREC 5
static const unsigned exp_prec[NEPREC] = {0, 1, 3, 9, 20};

static const int64_t ints[] = {
    0, 1, -1, 7, -7, 9, 10, 99, 100, 255, 256, 4095, -4096, 65535, 1000000007,
    2147483647, -2147483648LL, 4294967295LL, 4294967296LL, 1234567890123456789LL,
    -1234567890123456789LL, INT64_MAX, INT64_MIN, INT64_MIN + 1, INT64_MAX - 1,
};

static const char *parse_cases[] = {
    "3.5", "-2", "1e10", ".5", "5.", "inf", "NaN", "+1", "", " 1", "1 ", "0x10",
    "-", "+", ".", "e5", "1e", "1e+", "1e-", "1e+5", "1E5", "1.5E-3", "-.5", "+.5",
    "5.e3", ".e1", "-inf", "+inf", "infinity", "-Infinity", "INF", "INFINITY", "infin",
    "nan", "-nan", "+nan", "NAN", "nAn", "nana", "in", "1_000", "1,5", "1.2.3", "--1",
    "+-1", "0", "-0", "0.0", "-0.0", "00012", "1e400", "-1e400", "1e-400", "2.5e-324",
    "2.4703282292062328e-324", "2.4703282292062327e-324", "4.9e-324",
    "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
    "0.1", "0.30000000000000004", "123456789012345678901234567890",
    "1e99999999999999999999", "1e-99999999999999999999", "0e99999999999999999999",
    "9007199254740993", "9007199254740993.0000000000000000001",
    "0.000000000000000000000000000000000000000000000000000000000000000000000000001e75",
    "1\n", "\t1", "1d", "1f", "0b1", "1e5.5", "١", "3.14159265358979323846264338327950288",
    "00000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000001.5",
};

static uint64_t bits(double x) { uint64_t u; memcpy(&u, &x, 8); return u; }
static double from_bits(uint64_t u) { double x; memcpy(&x, &u, 8); return x; }

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) { rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17; return rng; }

/* Values for the full check (all modes and precisions). */
static int full_values(double *v) {
    int n = 0;
    for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++) {
        v[n++] = tricky[i];
        v[n++] = -tricky[i];
    }
    for (int i = 0; i < 150; i++) {   /* random, exponents 2^-70 .. 2^70 */
        uint64_t r = next();
        v[n++] = from_bits((r & 0x800FFFFFFFFFFFFFull) | ((uint64_t)(1023 - 70 + (int)(r >> 52 & 0xFF) % 141) << 52));
    }
    return n;
}

/* Values for the short check ({:?} only; Display/fixed would be huge). */
static int short_values(double *v) {
    int n = 0;
    for (int k = -1074; k <= 1023; k++) {    /* powers of two: lopsided intervals */
        v[n++] = ldexp(1.0, k);
        if (k % 3) continue;
        v[n++] = nextafter(ldexp(1.0, k), INFINITY);
        if (k > -1074) v[n++] = nextafter(ldexp(1.0, k), 0.0);
    }
    for (int i = 0; i < 1000; i++) {   /* random finite bit patterns */
        double x = from_bits(next());
        if (isfinite(x)) v[n++] = x;
    }
    return n;
}

static double vals[8000];

static void out(const uint8_t *b, uintptr_t n) { fwrite(b, 1, n, stdout); }

static void fmt(double x, uint32_t mode, uint32_t prec) {
    static uint8_t buf[2000];
    fputs(" | ", stdout);
    out(buf, pyr_fmt_f64(x, mode, prec, buf, sizeof buf));
}

int main(int argc, char **argv) {
    int list = argc > 1 && strcmp(argv[1], "list") == 0;
    int n = full_values(vals);
    for (int i = 0; i < n; i++) {
        printf("F %016llx", (unsigned long long)bits(vals[i]));
        if (!list) {
            fmt(vals[i], 0, 0);
            fmt(vals[i], 1, 0);
            fmt(vals[i], 3, 0);
            for (int p = 0; p < NPREC; p++) fmt(vals[i], 2, fixed_prec[p]);
            for (int p = 0; p < NEPREC; p++) fmt(vals[i], 4, exp_prec[p]);
        }
        putchar('\n');
    }
    n = short_values(vals);
    for (int i = 0; i < n; i++) {
        printf("S %016llx", (unsigned long long)bits(vals[i]));
        if (!list) fmt(vals[i], 1, 0);
        putchar('\n');
    }
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) {
        uint8_t buf[80];
        uint64_t u = (uint64_t)ints[i];
        printf("I %016llx", (unsigned long long)u);
        if (list) { putchar('\n'); continue; }
        fputs(" | ", stdout); out(buf, pyr_fmt_i64(ints[i], buf));
        static const uint32_t radix[] = {10, 2, 8, 16, 16};
        for (int r = 0; r < 5; r++) {
            fputs(" | ", stdout);
            out(buf, pyr_fmt_u64(u, radix[r], r == 4, buf));
        }
        putchar('\n');
    }
    for (size_t i = 0; i < sizeof parse_cases / sizeof *parse_cases; i++) {
        const char *s = parse_cases[i];
        double d;
        fputs("P ", stdout);
        for (const char *c = s; *c; c++) printf("%02x", (unsigned char)*c);
        if (!*s) fputs("-", stdout);
        if (!list) {
            if (pyr_parse_f64((const uint8_t *)s, strlen(s), &d)) {
                if (isnan(d)) d = NAN;   /* NaN payload/sign is not observable in Rust */
                printf(" | ok %016llx", (unsigned long long)bits(d));
            } else {
                fputs(" | err", stdout);
            }
        }
        putchar('\n');
    }
    return 0;
}
