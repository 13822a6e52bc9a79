#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64 /* 64-bit st_size and lseek offsets on 32-bit targets too */
/* Pyrite C runtime.  Only OS glue and libc-backed numeric formatting live
 * here; everything else is generated code.  See README.md for the contract
 * of every function and for the Rust behaviours being reproduced. */
#define _POSIX_C_SOURCE 200809L
#include "pyrite_rt.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------- stdout --
 * Bytes are kept in obuf and written with write(2) in big chunks.  To stay
 * indistinguishable from Rust (whose stdout is a LineWriter with a 1024-byte
 * buffer) we also track out_r: how far Rust would already have written.
 * Whenever the outside world could observe the difference (a stderr write, a
 * panic, an abort, a stdin read, a tty) we write exactly up to out_r. */
#define OBUF (64 * 1024)
#define RUST_CAP 1024
static uint8_t obuf[OBUF];
static uint64_t out_f, out_c, out_r; /* written end, buffered end, Rust-emitted end */
static int out_dead, out_tty;

static void raw_write(int fd, const uint8_t *p, uintptr_t n, int *err) {
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (err) *err = errno;
            return;
        }
        p += w;
        n -= (uintptr_t)w;
    }
}

static _Noreturn void stdout_failed(int err);

/* Write the buffered bytes up to logical offset lim.  A write error makes
 * stdout dead; unless `quiet` (or EBADF, which Rust ignores) it panics the way
 * Rust's print! does. */
static int out_checked, out_errno; /* during a checked write: report, don't panic */
static void out_emit(uint64_t lim, int quiet) {
    if (lim > out_c) lim = out_c;
    if (lim <= out_f) return;
    uintptr_t k = (uintptr_t)(lim - out_f), rest = (uintptr_t)(out_c - lim);
    int err = 0;
    if (!out_dead) raw_write(1, obuf, k, &err);
    memmove(obuf, obuf + k, rest);
    out_f = lim;
    if (err) {
        out_dead = 1;
        out_errno = err;
        if (err != EBADF && !quiet && !out_checked) stdout_failed(err);
    }
}

static void out_sync(void) { out_emit(out_r, 0); }

/* Everything Rust would print during the run, then the final partial line
 * (Rust's exit-time flush ignores errors). */
static void out_final(void) {
    out_emit(out_r, 0);
    out_emit(out_c, 1);
}

void pyr_write_out(const uint8_t *p, uintptr_t n) {
    if (out_dead || !n) return;
    /* Model of LineWriterShim::write_all over BufWriter(cap 1024). */
    uint64_t t = out_c;
    uintptr_t k = n, m = n;
    while (k && p[k - 1] != '\n') k--;
    if (k) { t += k; out_r = t; m = n - k; }
    if (m > RUST_CAP - (uintptr_t)(t - out_r)) out_r = t;
    t += m;
    if (m >= RUST_CAP) out_r = t;
    /* Copy into our own buffer. */
    while (n) {
        uintptr_t space = OBUF - (uintptr_t)(out_c - out_f);
        if (!space) {
            out_sync();
            if (out_dead) return;
            if (out_c - out_f == OBUF) out_emit(out_c, 0); /* cannot happen */
            continue;
        }
        uintptr_t c = n < space ? n : space;
        memcpy(obuf + (out_c - out_f), p, c);
        out_c += c;
        p += c;
        n -= c;
    }
    if (out_tty) out_sync();
}

void pyr_flush(void) {
    out_r = out_c;
    out_emit(out_c, 0);
}

/* `Write for Stdout`: the same buffer, but a failed write(2) (now or earlier)
 * comes back as its errno instead of a panic; EBADF (a closed stdout) is
 * ignored as Rust ignores it. */
int32_t pyr_write_out_checked(const uint8_t *p, uintptr_t n) {
    out_checked = 1;
    pyr_write_out(p, n);
    out_checked = 0;
    return out_dead && out_errno != EBADF ? out_errno : 0;
}

int32_t pyr_flush_checked(void) {
    out_checked = 1;
    pyr_flush();
    out_checked = 0;
    return out_dead && out_errno != EBADF ? out_errno : 0;
}

void pyr_write_err(const uint8_t *p, uintptr_t n) {
    out_sync();
    raw_write(2, p, n, NULL);
}

static void err_str(const char *s) { raw_write(2, (const uint8_t *)s, strlen(s), NULL); }

/* ------------------------------------------------------------- integers -- */
uintptr_t pyr_fmt_u64(uint64_t v, uint32_t radix, uint32_t upper, uint8_t *buf) {
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    uint8_t tmp[64];
    uintptr_t n = 0;
    do {
        tmp[n++] = (uint8_t)dig[v % radix];
        v /= radix;
    } while (v);
    for (uintptr_t i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
    return n;
}

uintptr_t pyr_fmt_i64(int64_t v, uint8_t *buf) {
    if (v >= 0) return pyr_fmt_u64((uint64_t)v, 10, 0, buf);
    buf[0] = '-';
    return 1 + pyr_fmt_u64(0 - (uint64_t)v, 10, 0, buf + 1);
}

/* ---------------------------------------------------------------- panics -- */
#define NOTE "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"

_Noreturn void pyr_panic(const uint8_t *msg, uintptr_t msg_len, const uint8_t *file,
                         uintptr_t file_len, uint32_t line, uint32_t col) {
    uint8_t num[24];
    out_sync();
    err_str("\nthread 'main' (");
    raw_write(2, num, pyr_fmt_u64((uint64_t)getpid(), 10, 0, num), NULL);
    err_str(") panicked at ");
    raw_write(2, file, file_len, NULL);
    err_str(":");
    raw_write(2, num, pyr_fmt_u64(line, 10, 0, num), NULL);
    err_str(":");
    raw_write(2, num, pyr_fmt_u64(col, 10, 0, num), NULL);
    err_str(":\n");
    raw_write(2, msg, msg_len, NULL);
    err_str("\n" NOTE);
    out_final();
    exit(101);
}

/* What Rust 1.95's print!/println! does when the write to stdout fails. */
static _Noreturn void stdout_failed(int err) {
    static const char file[] =
        "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/io/stdio.rs";
    char msg[200];
    uintptr_t elen;
    const uint8_t *e = pyr_strerror(err, &elen);
    int n = snprintf(msg, sizeof msg, "failed printing to stdout: %.*s", (int)elen, (const char *)e);
    pyr_panic((const uint8_t *)msg, (uintptr_t)n, (const uint8_t *)file, sizeof file - 1, 1165, 9);
}

_Noreturn void pyr_exit(int32_t code) {
    out_final();
    exit(code);
}

/* ---------------------------------------------------------------- memory -- */
static _Noreturn void alloc_failed(uintptr_t size) {
    uint8_t num[24];
    out_sync();
    err_str("memory allocation of ");
    raw_write(2, num, pyr_fmt_u64(size, 10, 0, num), NULL);
    err_str(" bytes failed\n" NOTE);
    abort();
}

/* --gc=none: bump allocation in 1 MiB chunks, never freed. Fresh chunks come zeroed from
   calloc; objects over 64 KiB get their own block. */
static uint8_t *gc_cursor, *gc_limit;
void *pyr_gc_alloc(uintptr_t size) {
    size = (size + 7) & ~(uintptr_t)7;
    if (size == 0) size = 8;
    if (size > 65536) return pyr_alloc(size);
    if ((uintptr_t)(gc_limit - gc_cursor) < size) {
        gc_cursor = pyr_alloc(1u << 20);
        gc_limit = gc_cursor + (1u << 20);
    }
    void *p = gc_cursor;
    gc_cursor += size;
    return p;
}

/* Grows a block from pyr_gc_alloc: in place when it is the chunk's last allocation; a
   block over 64 KiB has its own allocation, which realloc grows (by remapping, for large
   ones) instead of leaving it behind.  The old block is dead after a realloc: the dialect
   has no aliasing of a reallocated buffer. */
void *pyr_gc_realloc(void *p, uintptr_t old_size, uintptr_t new_size) {
    uintptr_t o = (old_size + 7) & ~(uintptr_t)7, n = (new_size + 7) & ~(uintptr_t)7;
    if (p && (uint8_t *)p + o == gc_cursor && n <= 65536 && (uintptr_t)(gc_limit - (uint8_t *)p) >= n) {
        gc_cursor = (uint8_t *)p + n;
        return p;
    }
    if (p && o > 65536 && n > o) return pyr_realloc(p, old_size, n);
    void *q = pyr_gc_alloc(new_size);
    if (p && old_size) memcpy(q, p, old_size < new_size ? old_size : new_size);
    return q;
}

void *pyr_alloc(uintptr_t size) {
    void *p = calloc(size ? size : 1, 1);
    if (!p) alloc_failed(size);
    return p;
}

void *pyr_realloc(void *p, uintptr_t old_size, uintptr_t new_size) {
    void *q = realloc(p, new_size ? new_size : 1);
    if (!q) alloc_failed(new_size);
    if (new_size > old_size) memset((uint8_t *)q + old_size, 0, new_size - old_size);
    return q;
}

void pyr_free(void *p) { free(p); }

/* ---------------------------------------------------------------- floats -- */
/* Shortest round-trip digits.  x18 = x correctly rounded to 18 significant
 * digits (17 always suffice to round-trip).  For each candidate length p we
 * round x18 to p digits, nearest with ties away from zero (what Rust's Grisu/Dragon
 * shortest mode does; printf would give ties-to-even), and check with strtod
 * that the result reads back as x.  Rounding x18 again is exact unless its
 * tail is exactly "50...0"; then an exact test decides. */
static void incr(char *d, int p, int *e) {   /* d += one unit in digit p */
    int i = p - 1;
    while (i >= 0 && d[i] == '9') d[i--] = '0';
    if (i < 0) { d[0] = '1'; ++*e; } else d[i]++;
}

static int reads_back(double x, const char *d, int p, int e) {
    char t[40];
    int n = 0;
    t[n++] = d[0];
    t[n++] = '.';
    memcpy(t + n, d + 1, (size_t)p - 1);
    n += p - 1;
    t[n++] = 'e';
    if (e < 0) { t[n++] = '-'; e = -e; }
    if (e >= 100) t[n++] = (char)('0' + e / 100);
    if (e >= 10) t[n++] = (char)('0' + e / 10 % 10);
    t[n++] = (char)('0' + e % 10);
    t[n] = 0;
    return strtod(t, NULL) == x;
}

/* Is x exactly the p+1 digit decimal "d[0..p) 5" x 10^(e-p)?  Compared as
 * odd integer x power of two, both sides. */
static int exact_tie(double x, const char *d, int p, int e) {
    uint64_t n = 0, u, m;
    int k = e - p, s = k, q;
    for (int i = 0; i < p; i++) n = n * 10 + (uint64_t)(d[i] - '0');
    n = n * 10 + 5;                 /* odd, < 10^18 */
    for (; k > 0; k--) {
        if (n >= (1ull << 53)) return 0;
        n *= 5;
    }
    for (; k < 0; k++) {
        if (n % 5) return 0;
        n /= 5;
    }
    memcpy(&u, &x, 8);
    m = u & ((1ull << 52) - 1);
    q = (int)(u >> 52 & 0x7ff);
    if (q) m |= 1ull << 52;
    q = (q ? q : 1) - 1075;
    while (!(m & 1)) { m >>= 1; q++; }
    return m == n && q == s;
}

static int digits_p(double x, int p, int pow2, const char *x18, int e18, char *d, int *e) {
    int tie = 0;
    memcpy(d, x18, (size_t)p);
    *e = e18;
    if (x18[p] == '5' && strspn(x18 + p + 1, "0") == (size_t)(17 - p)) {
        tie = exact_tie(x, x18, p, e18);
        if (!tie) {                 /* not a tie: printf rounds correctly */
            char t[48];
            snprintf(t, sizeof t, "%.*e", p - 1, x);
            d[0] = t[0];
            memcpy(d + 1, t + 2, (size_t)p - 1);
            *e = atoi(strchr(t, 'e') + 1);
        }
    } else if (x18[p] >= '5') {
        incr(d, p, e);
    }
    char u[24];
    int eu = *e;
    memcpy(u, d, (size_t)p);
    incr(u, p, &eu);
    /* Ties go up.  The upper neighbour can also be the only candidate that
     * reads back when x is a power of two (its rounding interval is wider
     * above than below); otherwise the correctly rounded d is the best bet. */
    if ((tie || pow2) && reads_back(x, u, p, eu) && (tie || !reads_back(x, d, p, *e))) {
        memcpy(d, u, (size_t)p);
        *e = eu;
        return 1;
    }
    return reads_back(x, d, p, *e);
}

/* Shortest round-trip digits (no trailing zeros); returns the digit count. */
static int shortest(double x, char *d, int *e) {
    char x18[32], tmp[24];
    if (x < 9007199254740992.0 && x == (double)(uint64_t)x) { /* integers: exact */
        int n = (int)pyr_fmt_u64((uint64_t)x, 10, 0, (uint8_t *)d);
        *e = n - 1;
        while (n > 1 && d[n - 1] == '0') n--;
        return n;
    }
    uint64_t u;
    memcpy(&u, &x, 8);
    snprintf(x18, sizeof x18, "%.17e", x);
    int e18 = atoi(x18 + 20), te;
    memmove(x18 + 1, x18 + 2, 17);  /* drop the '.' */
    x18[18] = 0;
    int lo = 1, hi = 17, pow2 = (u << 12) == 0;
    digits_p(x, 17, pow2, x18, e18, d, e);
    while (lo < hi) {               /* success is monotone in p */
        int mid = (lo + hi) / 2;
        if (digits_p(x, mid, pow2, x18, e18, tmp, &te)) {
            hi = mid;
            memcpy(d, tmp, (size_t)mid);
            *e = te;
        } else {
            lo = mid + 1;
        }
    }
    while (lo > 1 && d[lo - 1] == '0') lo--;
    return lo;
}

/* Shortest digits that read back as the same f32: printf's correctly rounded p-digit
 * value for the smallest p that strtof maps back to x. */
static int shortest32(float x, char *d, int *e) {
    char t[48];
    for (int p = 1; p <= 9; p++) {
        snprintf(t, sizeof t, "%.*e", p - 1, (double)x);
        if (strtof(t, NULL) == x) {
            int n = 0;
            for (char *c = t; *c && *c != 'e'; c++) if (*c != '.') d[n++] = *c;
            *e = atoi(strchr(t, 'e') + 1);
            while (n > 1 && d[n - 1] == '0') n--;
            return n;
        }
    }
    return shortest((double)x, d, e);
}

/* ---- cbrt, correctly rounded (Rust's f64::cbrt is; the C library's is within an ulp) ----
 * Starts from the C library's result (off by up to two ulps) and moves to a neighbour while
 * x lies beyond the cube of the midpoint between them, comparing exactly: a midpoint is M * 2^E with M a 54-bit
 * integer, its cube M^3 * 2^3E has at most 162 bits; x is X * 2^F. 32-bit limbs, so the
 * same code serves 32-bit targets. */
typedef struct { uint32_t w[8]; } pyr_big; /* little-endian, 256 bits */

static void big_from_u64(pyr_big *b, uint64_t v) {
    memset(b, 0, sizeof *b);
    b->w[0] = (uint32_t)v;
    b->w[1] = (uint32_t)(v >> 32);
}
static void big_mul_u64(pyr_big *r, const pyr_big *a, uint64_t v) {
    pyr_big out;
    memset(&out, 0, sizeof out);
    uint32_t vs[2] = { (uint32_t)v, (uint32_t)(v >> 32) };
    for (int j = 0; j < 2; j++) {
        uint64_t carry = 0;
        for (int i = 0; i + j < 8; i++) {
            uint64_t t = (uint64_t)a->w[i] * vs[j] + out.w[i + j] + carry;
            out.w[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
    }
    *r = out;
}
static void big_shl(pyr_big *b, int k) {
    pyr_big out;
    memset(&out, 0, sizeof out);
    int words = k / 32, bits = k % 32;
    for (int i = 7; i >= 0; i--) {
        if (i - words < 0) continue;
        uint64_t v = (uint64_t)b->w[i - words] << bits;
        if (bits && i - words - 1 >= 0) v |= b->w[i - words - 1] >> (32 - bits);
        out.w[i] = (uint32_t)v;
    }
    *b = out;
}
static int big_cmp(const pyr_big *a, const pyr_big *b) {
    for (int i = 7; i >= 0; i--) {
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    }
    return 0;
}
/* A positive finite double as mant * 2^exp with an integer mantissa. */
static void dbl_parts(double d, uint64_t *mant, int *exp) {
    uint64_t bits;
    memcpy(&bits, &d, 8);
    int e = (int)((bits >> 52) & 0x7ff);
    uint64_t m = bits & 0xfffffffffffffULL;
    if (e == 0) { *mant = m; *exp = -1074; }
    else { *mant = m | (1ULL << 52); *exp = e - 1075; }
}
/* Sign of x - ((a + b) / 2)^3 for adjacent positive doubles a < b and positive x. */
static int cmp_cube_mid(double x, double a, double b) {
    uint64_t ma, mb, mx; int ea, eb, ex;
    dbl_parts(a, &ma, &ea);
    dbl_parts(b, &mb, &eb);
    dbl_parts(x, &mx, &ex);
    int e = ea < eb ? ea : eb;
    uint64_t M = (ma << (ea - e)) + (mb << (eb - e)); /* midpoint = M * 2^(e-1) */
    int E = e - 1;
    pyr_big cube, xs;
    big_from_u64(&cube, M);
    big_mul_u64(&cube, &cube, M);
    big_mul_u64(&cube, &cube, M);
    big_from_u64(&xs, mx);
    int d = ex - 3 * E; /* compare X * 2^d with M^3 */
    if (d >= 0) {
        if (d > 190) return 1;
        big_shl(&xs, d);
    } else {
        if (-d > 90) return -1;
        big_shl(&cube, -d);
    }
    return big_cmp(&xs, &cube);
}
double pyr_cbrt(double x) {
    if (x != x || x == 0 || isinf(x)) return x;
    double ax = fabs(x);
    double y = cbrt(ax); /* within a few ulps */
    for (int i = 0; i < 8; i++) {
        double lo = nextafter(y, 0.0), hi = nextafter(y, INFINITY);
        if (lo > 0 && cmp_cube_mid(ax, lo, y) < 0) y = lo;
        else if (!isinf(hi) && cmp_cube_mid(ax, y, hi) > 0) y = hi;
        else break;
    }
    return x < 0 ? -y : y;
}

uintptr_t pyr_fmt_f64(double x, uint32_t mode, uint32_t prec, uint8_t *buf, uintptr_t cap) {
    char *o = (char *)buf;
    uintptr_t n = 0;
    int f32 = (mode & PYR_FMT_F32) != 0;
    mode &= ~PYR_FMT_F32;
    if (isnan(x)) { memcpy(o, "NaN", 3); return 3; }
    if (signbit(x)) { o[n++] = '-'; x = -x; }
    if (isinf(x)) { memcpy(o + n, "inf", 3); return n + 3; }
    if (mode == PYR_FMT_FIXED || mode == PYR_FMT_EXP_N) {
        int len = snprintf(o + n, cap - n, mode == PYR_FMT_FIXED ? "%.*f" : "%.*e", (int)prec, x);
        n += (uintptr_t)len;
        if (mode == PYR_FMT_FIXED) return n;
        char *ep = strchr(o, 'e');   /* "e+05" -> "e5", "e-07" -> "e-7" */
        return (uintptr_t)(ep - o) + (uintptr_t)sprintf(ep, "e%d", atoi(ep + 1));
    }
    char d[24];
    int e, nd = f32 ? shortest32((float)x, d, &e) : shortest(x, d, &e);
    int sci = mode == PYR_FMT_EXP || (mode == PYR_FMT_DEBUG && x != 0 && (e < -4 || e >= 16));
    if (sci) {
        o[n++] = d[0];
        if (nd > 1) { o[n++] = '.'; memcpy(o + n, d + 1, (size_t)nd - 1); n += (uintptr_t)nd - 1; }
        return n + (uintptr_t)sprintf(o + n, "e%d", e);
    }
    if (e < 0) {                   /* 0.000ddd */
        o[n++] = '0';
        o[n++] = '.';
        for (int i = 0; i < -e - 1; i++) o[n++] = '0';
        memcpy(o + n, d, (size_t)nd);
        return n + (uintptr_t)nd;
    }
    for (int i = 0; i <= e; i++) o[n++] = i < nd ? d[i] : '0';
    if (nd > e + 1) {
        o[n++] = '.';
        memcpy(o + n, d + e + 1, (size_t)(nd - e - 1));
        n += (uintptr_t)(nd - e - 1);
    } else if (mode == PYR_FMT_DEBUG) {
        o[n++] = '.';
        o[n++] = '0';
    }
    return n;
}

/* Rust's f64::from_str grammar:
 *   [+-]? ( inf | infinity | nan | digits [. digits?] | . digits ) ([eE] [+-]? digits)?
 * (keywords case-insensitive).  Validated here, converted by strtod. */
static int ieq(const uint8_t *p, uintptr_t n, const char *w) {
    if (n != strlen(w)) return 0;
    for (uintptr_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != (uint8_t)w[i]) return 0;
    return 1;
}

int32_t pyr_parse_f64(const uint8_t *p, uintptr_t n, double *out) {
    uintptr_t i = 0, a = 0, b = 0;
    int neg = n > 0 && p[0] == '-';
    if (n > 0 && (p[0] == '+' || p[0] == '-')) i = 1;
    const uint8_t *r = p + i;
    uintptr_t rn = n - i;
    if (ieq(r, rn, "inf") || ieq(r, rn, "infinity")) { *out = neg ? -INFINITY : INFINITY; return 1; }
    if (ieq(r, rn, "nan")) { *out = neg ? -NAN : NAN; return 1; }
    while (i < n && p[i] >= '0' && p[i] <= '9') i++, a++;
    if (i < n && p[i] == '.')
        for (i++; i < n && p[i] >= '0' && p[i] <= '9'; i++) b++;
    if (a + b == 0) return 0;
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        uintptr_t c = 0;
        if (++i < n && (p[i] == '+' || p[i] == '-')) i++;
        for (; i < n && p[i] >= '0' && p[i] <= '9'; i++) c++;
        if (!c) return 0;
    }
    if (i != n) return 0;
    char small[128], *s = n < sizeof small ? small : malloc(n + 1);
    if (!s) alloc_failed(n + 1);
    memcpy(s, p, n);
    s[n] = 0;
    *out = strtod(s, NULL);
    if (s != small) free(s);
    return 1;
}

/* ----------------------------------------------------------- environment -- */
static int g_argc;
static char **g_argv;

uintptr_t pyr_argc(void) { return (uintptr_t)g_argc; }

const uint8_t *pyr_argv(uintptr_t i, uintptr_t *len) {
    if (i >= (uintptr_t)g_argc) { *len = 0; return NULL; }
    *len = strlen(g_argv[i]);
    return (const uint8_t *)g_argv[i];
}

uint8_t *pyr_read_file(const uint8_t *path, uintptr_t path_len, uintptr_t *out_len, int32_t *err) {
    *out_len = 0;
    if (memchr(path, 0, path_len)) { *err = PYR_ERR_NUL_IN_PATH; return NULL; }
    char *cpath = pyr_alloc(path_len + 1);
    memcpy(cpath, path, path_len);
    int fd;
    do fd = open(cpath, O_RDONLY | O_CLOEXEC); while (fd < 0 && errno == EINTR);
    pyr_free(cpath);
    if (fd < 0) { *err = errno; return NULL; }
    struct stat st;
    uintptr_t cap = 4096, len = 0;
    if (fstat(fd, &st) == 0 && st.st_size > 0 && (uint64_t)st.st_size < UINTPTR_MAX / 2)
        cap = (uintptr_t)st.st_size + 1;
    uint8_t *data = pyr_alloc(cap);
    for (;;) {
        if (len == cap) { data = pyr_realloc(data, cap, cap * 2); cap *= 2; }
        ssize_t r = read(fd, data + len, cap - len);
        if (r == 0) break;
        if (r < 0) {
            if (errno == EINTR) continue;
            *err = errno;
            close(fd);
            pyr_free(data);
            return NULL;
        }
        len += (uintptr_t)r;
    }
    close(fd);
    *out_len = len;
    *err = 0;
    return data;
}

const uint8_t *pyr_strerror(int32_t err, uintptr_t *len) {
    static char b[256];
    int n;
    if (err == PYR_ERR_NUL_IN_PATH) n = snprintf(b, sizeof b, "file name contained an unexpected NUL byte");
    else if (err == PYR_ERR_INVALID_UTF8) n = snprintf(b, sizeof b, "stream did not contain valid UTF-8");
    else n = snprintf(b, sizeof b, "%s (os error %d)", strerror(err), (int)err);
    *len = (uintptr_t)n < sizeof b ? (uintptr_t)n : sizeof b - 1;
    return (const uint8_t *)b;
}

/* ------------------------------------------------------------ line editor --
 * std::io::Stdin::read_line on a terminal edits the line itself, as CPython's
 * readline does: raw mode (no echo, no canonical input, no signals) only while
 * a line is read, restored before returning.  Keys: printable text (UTF-8),
 * Backspace, Delete and Ctrl-D (Ctrl-D on an empty line: end of input),
 * Left/Right, Home/End and Ctrl-A/Ctrl-E, Ctrl-U/Ctrl-K (kill before/after the
 * cursor), Up/Down (history of this process's lines), Enter; Ctrl-C restores
 * the terminal and raises SIGINT (its default action ends the process, as
 * before).  Redrawing is relative to the cursor, so the editor needs no
 * knowledge of the prompt; a line wider than the terminal is not handled. */
#include <termios.h>

#define HIST_MAX 500
static char *hist[HIST_MAX];
static int hist_n;

typedef struct { char *b; size_t len, cap, pos; int fd; } LineBuf;

static void le_out(int fd, const char *s, size_t n) { raw_write(fd, (const uint8_t *)s, n, NULL); }
static void le_left(LineBuf *l, size_t cols) {
    char seq[32];
    if (cols) le_out(l->fd, seq, (size_t)snprintf(seq, sizeof seq, "\x1b[%zuD", cols));
}
/* Columns (code points) in b[from..to). */
static size_t le_cols(const char *b, size_t from, size_t to) {
    size_t c = 0;
    for (size_t i = from; i < to; i++) c += ((unsigned char)b[i] & 0xC0) != 0x80;
    return c;
}
static void le_redraw_tail(LineBuf *l) {
    le_out(l->fd, l->b + l->pos, l->len - l->pos);
    le_out(l->fd, "\x1b[K", 3);
    le_left(l, le_cols(l->b, l->pos, l->len));
}
static void le_insert(LineBuf *l, const char *s, size_t n) {
    if (l->len + n + 2 > l->cap) { l->cap = (l->len + n + 2) * 2; l->b = realloc(l->b, l->cap); }
    memmove(l->b + l->pos + n, l->b + l->pos, l->len - l->pos);
    memcpy(l->b + l->pos, s, n);
    l->len += n;
    le_out(l->fd, s, n);
    l->pos += n;
    if (l->pos < l->len) le_redraw_tail(l);
}
static size_t le_prev(LineBuf *l) { size_t p = l->pos; while (p > 0 && ((unsigned char)l->b[--p] & 0xC0) == 0x80) {} return p; }
static size_t le_next(LineBuf *l) { size_t p = l->pos; if (p < l->len) p++; while (p < l->len && ((unsigned char)l->b[p] & 0xC0) == 0x80) p++; return p; }
static void le_delete(LineBuf *l, size_t from, size_t to) {
    memmove(l->b + from, l->b + to, l->len - to);
    l->len -= to - from;
}
static void le_replace(LineBuf *l, const char *s) {
    le_left(l, le_cols(l->b, 0, l->pos));
    l->len = 0;
    l->pos = 0;
    le_out(l->fd, "\x1b[K", 3);
    le_insert(l, s, strlen(s));
}

/* One edited line (with its newline) in a malloc buffer, or NULL at end of input. */
static uint8_t *le_read_line(int fd, uintptr_t *out_len) {
    struct termios old, raw;
    if (tcgetattr(0, &old) != 0) return NULL;
    raw = old;
    raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(0, TCSAFLUSH, &raw);
    LineBuf l = { malloc(64), 0, 64, 0, fd };
    int h = hist_n, eof = 0;
    char *pending = NULL; /* the line being typed while browsing history */
    for (;;) {
        unsigned char c;
        ssize_t r = read(0, &c, 1);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) { eof = l.len == 0; break; }
        if (c == '\r' || c == '\n') break;
        if (c == 3) { /* Ctrl-C */
            tcsetattr(0, TCSAFLUSH, &old);
            le_out(fd, "\n", 1);
            raise(SIGINT);
            tcsetattr(0, TCSAFLUSH, &raw);
            continue;
        }
        if (c == 4) { /* Ctrl-D */
            if (l.len == 0) { eof = 1; break; }
            if (l.pos < l.len) { le_delete(&l, l.pos, le_next(&l)); le_redraw_tail(&l); }
            continue;
        }
        if (c == 127 || c == 8) { /* Backspace */
            if (l.pos == 0) continue;
            size_t p = le_prev(&l);
            le_delete(&l, p, l.pos);
            le_left(&l, 1);
            l.pos = p;
            le_redraw_tail(&l);
            continue;
        }
        if (c == 1) { le_left(&l, le_cols(l.b, 0, l.pos)); l.pos = 0; continue; }
        if (c == 5) { le_out(fd, l.b + l.pos, l.len - l.pos); l.pos = l.len; continue; }
        if (c == 21) { size_t n = le_cols(l.b, 0, l.pos); le_left(&l, n); le_delete(&l, 0, l.pos); l.pos = 0; le_redraw_tail(&l); continue; }
        if (c == 11) { l.len = l.pos; le_out(fd, "\x1b[K", 3); continue; }
        if (c == 27) { /* ESC [ X or ESC O X, ESC [ 3 ~ */
            unsigned char seq[3];
            if (read(0, seq, 1) != 1 || read(0, seq + 1, 1) != 1) continue;
            if (seq[0] != '[' && seq[0] != 'O') continue;
            char k = (char)seq[1];
            if (k >= '0' && k <= '9') { if (read(0, seq + 2, 1) != 1) continue; if (k == '3') { if (l.pos < l.len) { le_delete(&l, l.pos, le_next(&l)); le_redraw_tail(&l); } } else if (k == '1' || k == '7') { le_left(&l, le_cols(l.b, 0, l.pos)); l.pos = 0; } else if (k == '4' || k == '8') { le_out(fd, l.b + l.pos, l.len - l.pos); l.pos = l.len; } continue; }
            if (k == 'D' && l.pos > 0) { size_t p = le_prev(&l); le_left(&l, 1); l.pos = p; }
            else if (k == 'C' && l.pos < l.len) { size_t p = le_next(&l); le_out(fd, l.b + l.pos, p - l.pos); l.pos = p; }
            else if (k == 'H') { le_left(&l, le_cols(l.b, 0, l.pos)); l.pos = 0; }
            else if (k == 'F') { le_out(fd, l.b + l.pos, l.len - l.pos); l.pos = l.len; }
            else if ((k == 'A' && h > 0) || (k == 'B' && h < hist_n)) {
                if (h == hist_n) { free(pending); pending = malloc(l.len + 1); memcpy(pending, l.b, l.len); pending[l.len] = 0; }
                h += k == 'A' ? -1 : 1;
                le_replace(&l, h == hist_n ? pending : hist[h]);
            }
            continue;
        }
        if (c < 32) continue;
        char s[4] = { (char)c };
        size_t n = 1;
        int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        for (int i = 0; i < more; i++) if (read(0, s + n, 1) == 1) n++;
        le_insert(&l, s, n);
    }
    tcsetattr(0, TCSAFLUSH, &old);
    free(pending);
    if (eof) { free(l.b); return NULL; }
    le_out(fd, "\r\n", 2);
    l.b[l.len] = 0;
    if (l.len && (hist_n == 0 || strcmp(hist[hist_n - 1], l.b) != 0)) {
        if (hist_n == HIST_MAX) { free(hist[0]); memmove(hist, hist + 1, sizeof hist[0] * (HIST_MAX - 1)); hist_n--; }
        hist[hist_n++] = strdup(l.b);
    }
    l.b[l.len++] = '\n';
    *out_len = l.len;
    return (uint8_t *)l.b;
}

uint8_t *pyr_read_line(uintptr_t *out_len) {
    char *line = NULL;
    size_t cap = 0;
    out_sync();
    if (isatty(0) && (isatty(1) || isatty(2))) {
        fflush(stderr);
        uint8_t *edited = le_read_line(isatty(1) ? 1 : 2, out_len);
        if (!edited) *out_len = 0;
        return edited;
    }
    ssize_t n = getline(&line, &cap, stdin);
    if (n <= 0) { free(line); *out_len = 0; return NULL; }
    *out_len = (uintptr_t)n;
    return (uint8_t *)line;
}


/* ------------------------------------------------------- files, dirs, env --
 * std::fs / std::env / std::time / std::process glue.  Errors come back as errno
 * (0 = success); a path with a NUL byte gives PYR_ERR_NUL_IN_PATH, as in Rust. */

/* A NUL-terminated copy of a path (free with pyr_free), or NULL if it holds a NUL. */
static char *c_path(const uint8_t *p, uintptr_t n) {
    if (memchr(p, 0, n)) return NULL;
    char *c = pyr_alloc(n + 1);
    memcpy(c, p, n);
    return c;
}

/* std::process::id. */
uint32_t pyr_getpid(void) { return (uint32_t)getpid(); }

/* std::io::IsTerminal. */
int32_t pyr_isatty(int32_t fd) { return isatty(fd) ? 1 : 0; }

/* OpenOptions::open; flags bits: read, write, append, truncate, create, create_new. */
int32_t pyr_open(const uint8_t *p, uintptr_t n, int32_t flags, int32_t *err) {
    char *c = c_path(p, n);
    if (!c) { *err = PYR_ERR_NUL_IN_PATH; return -1; }
    int rd = flags & 1, wr = (flags & 2) != 0, ap = (flags & 4) != 0;
    int o = O_CLOEXEC | (ap ? O_APPEND : 0) | ((rd && (wr || ap)) ? O_RDWR : (wr || ap) ? O_WRONLY : O_RDONLY);
    if (flags & 32) o |= O_CREAT | O_EXCL;
    else { if (flags & 16) o |= O_CREAT; if (flags & 8) o |= O_TRUNC; }
    int fd;
    do fd = open(c, o, 0666); while (fd < 0 && errno == EINTR);
    *err = fd < 0 ? errno : 0;
    pyr_free(c);
    return fd;
}

/* Read::read on a descriptor: bytes read (0 at EOF), *err = errno on failure. */
uintptr_t pyr_fd_read(int32_t fd, uint8_t *buf, uintptr_t n, int32_t *err) {
    ssize_t r;
    do r = read(fd, buf, n); while (r < 0 && errno == EINTR);
    *err = r < 0 ? errno : 0;
    return r < 0 ? 0 : (uintptr_t)r;
}

/* Write::write on a descriptor. */
uintptr_t pyr_fd_write(int32_t fd, const uint8_t *buf, uintptr_t n, int32_t *err) {
    ssize_t r;
    do r = write(fd, buf, n); while (r < 0 && errno == EINTR);
    *err = r < 0 ? errno : 0;
    return r < 0 ? 0 : (uintptr_t)r;
}

/* Dropping a File: close(2), errors ignored as std does. */
void pyr_fd_close(int32_t fd) { close(fd); }

/* File::set_len: ftruncate, returns errno. */
int32_t pyr_fd_truncate(int32_t fd, int64_t size) { return ftruncate(fd, (off_t)size) < 0 ? errno : 0; }

/* Seek::seek: whence 0 start, 1 current, 2 end; returns the new offset. */
int64_t pyr_fd_seek(int32_t fd, int64_t off, int32_t whence, int32_t *err) {
    off_t r = lseek(fd, (off_t)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    *err = r < 0 ? errno : 0;
    return (int64_t)r;
}

/* Path operations: 0 unlink, 1 rmdir, 2 mkdir (0777), 3 rename p -> q, 4 chdir. */
int32_t pyr_path_op(int32_t op, const uint8_t *p, uintptr_t n, const uint8_t *q, uintptr_t m) {
    char *a = c_path(p, n), *b = op == 3 ? c_path(q, m) : NULL;
    int r = -1;
    if (!a || (op == 3 && !b)) { pyr_free(a); pyr_free(b); return PYR_ERR_NUL_IN_PATH; }
    switch (op) {
    case 0: r = unlink(a); break;
    case 1: r = rmdir(a); break;
    case 2: r = mkdir(a, 0777); break;
    case 3: r = rename(a, b); break;
    case 4: r = chdir(a); break;
    default: errno = EINVAL;
    }
    int e = r < 0 ? errno : 0;
    pyr_free(a);
    pyr_free(b);
    return e;
}

/* stat (follow = 1) or lstat into out[16]: mode, size, mtime s/ns, atime s/ns, ctime s/ns,
 * ino, dev, nlink, uid, gid.  Returns errno. */
int32_t pyr_stat(const uint8_t *p, uintptr_t n, int32_t follow, int64_t *out) {
    char *c = c_path(p, n);
    if (!c) return PYR_ERR_NUL_IN_PATH;
    struct stat st;
    int r = follow ? stat(c, &st) : lstat(c, &st);
    int e = r < 0 ? errno : 0;
    pyr_free(c);
    if (e) return e;
    int64_t v[13] = { st.st_mode, st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec, st.st_atim.tv_sec,
                      st.st_atim.tv_nsec, st.st_ctim.tv_sec, st.st_ctim.tv_nsec, (int64_t)st.st_ino,
                      (int64_t)st.st_dev, (int64_t)st.st_nlink, st.st_uid, st.st_gid };
    memcpy(out, v, sizeof v);
    return 0;
}

/* read_dir: every name but . and .., each followed by a NUL, in one pyr_alloc buffer. */
uint8_t *pyr_list_dir(const uint8_t *p, uintptr_t n, uintptr_t *out_len, int32_t *err) {
    char *c = c_path(p, n);
    *out_len = 0;
    if (!c) { *err = PYR_ERR_NUL_IN_PATH; return NULL; }
    DIR *d = opendir(c);
    pyr_free(c);
    if (!d) { *err = errno; return NULL; }
    uintptr_t cap = 256, len = 0;
    uint8_t *buf = pyr_alloc(cap);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        uintptr_t k = strlen(e->d_name) + 1;
        while (len + k > cap) { buf = pyr_realloc(buf, cap, cap * 2); cap *= 2; }
        memcpy(buf + len, e->d_name, k);
        len += k;
    }
    closedir(d);
    *out_len = len;
    *err = 0;
    return buf;
}

/* fs::canonicalize: realpath(3), a malloc buffer (free with pyr_free), or NULL with *err. */
uint8_t *pyr_realpath(const uint8_t *p, uintptr_t n, uintptr_t *len, int32_t *err) {
    char *c = c_path(p, n);
    *len = 0;
    if (!c) { *err = PYR_ERR_NUL_IN_PATH; return NULL; }
    char *r = realpath(c, NULL);
    *err = r ? 0 : errno;
    pyr_free(c);
    if (r) *len = strlen(r);
    return (uint8_t *)r;
}

/* std::env::current_dir: a pyr_alloc buffer, or NULL with *err. */
uint8_t *pyr_getcwd(uintptr_t *len, int32_t *err) {
    uintptr_t cap = 256;
    for (;;) {
        char *b = pyr_alloc(cap);
        if (getcwd(b, cap)) { *len = strlen(b); *err = 0; return (uint8_t *)b; }
        int e = errno;
        pyr_free(b);
        if (e != ERANGE) { *err = e; *len = 0; return NULL; }
        cap *= 2;
    }
}

/* environ[i] ("KEY=VALUE") and its length, or NULL past the end. */
extern char **environ;
const uint8_t *pyr_env(uintptr_t i, uintptr_t *len) {
    for (uintptr_t k = 0; k <= i; k++)
        if (!environ || !environ[k]) { *len = 0; return NULL; }
    *len = strlen(environ[i]);
    return (const uint8_t *)environ[i];
}

/* Nanoseconds of CLOCK_REALTIME (which = 0) or CLOCK_MONOTONIC (1). */
int64_t pyr_clock_ns(int32_t which) {
    struct timespec ts;
    clock_gettime(which == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* std::thread::sleep: nanosleep, resumed after signals. */
void pyr_sleep(uint64_t secs, uint32_t nanos) {
    struct timespec ts = { (time_t)secs, (long)nanos }, rem;
    while (nanosleep(&ts, &rem) < 0 && errno == EINTR) ts = rem;
}

#ifndef PYR_NO_MAIN
/* Generated code keeps every local in its own stack slot, so its frames are larger than
 * rustc's: the program runs on a thread with a large (lazily committed) stack. */
static uintptr_t stack_lo;   /* lowest address of the thread's stack */

/* Like Rust: a fault just below the stack is reported as an overflow, then abort (134). */
static void on_segv(int sig, siginfo_t *info, void *ctx) {
    (void)ctx;
    uintptr_t a = (uintptr_t)info->si_addr;
    if (stack_lo && a < stack_lo + 65536 && a + ((uintptr_t)1 << 20) >= stack_lo) {
        char msg[128];
        out_sync();
        int n = snprintf(msg, sizeof msg, "\nthread 'main' (%d) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n", (int)getpid());
        if (n > 0) (void)!write(2, msg, (size_t)n);
        signal(SIGABRT, SIG_DFL);
        abort();
    }
    signal(sig, SIG_DFL);       /* any other fault: the default action */
}

static void *run_main(void *arg) {
    (void)arg;
    pthread_attr_t a;
    void *base;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &a) == 0 && pthread_attr_getstack(&a, &base, &size) == 0)
        stack_lo = (uintptr_t)base;
    stack_t alt = { .ss_sp = malloc(65536), .ss_size = 65536, .ss_flags = 0 };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    if (alt.ss_sp && sigaltstack(&alt, NULL) == 0) sigaction(SIGSEGV, &sa, NULL);
    pyr_main();
    return NULL;
}

int main(int argc, char **argv) {
    signal(SIGPIPE, SIG_IGN); /* as Rust does: writes then fail with EPIPE */
    g_argc = argc;
    g_argv = argv;
    out_tty = isatty(1);
    pthread_attr_t attr;
    pthread_t th;
    size_t stack = sizeof(void *) == 8 ? (size_t)1 << 30 : (size_t)1 << 28;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, stack) == 0 &&
        pthread_create(&th, &attr, run_main, NULL) == 0) {
        pthread_join(th, NULL);
    } else {
        pyr_main();
    }
    out_final();
    return 0;
}
#endif

#ifdef PYR_CLI
/* The CLI backend (`translate --backend cli`): this file is a shared library loaded by
 * mono, whose generated `Main` calls these two instead of linking with `main` above. */
void pyr_cli_start(int32_t argc, char **argv) {
    signal(SIGPIPE, SIG_IGN); /* as Rust does: writes then fail with EPIPE */
    /* The strings are mono's marshalling buffers, freed after the call: keep copies. */
    g_argv = malloc(sizeof(char *) * ((size_t)argc + 1));
    if (!g_argv) abort();
    for (int32_t i = 0; i < argc; i++) {
        g_argv[i] = strdup(argv[i] ? argv[i] : "");
        if (!g_argv[i]) abort();
    }
    g_argv[argc] = NULL;
    g_argc = argc;
    out_tty = isatty(1);
}

/* After the program's `main` returned: flush stdout as `main` above does. */
void pyr_cli_finish(void) { out_final(); }
#endif
