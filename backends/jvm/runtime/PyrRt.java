// Pyrite JVM runtime: the OS glue and number formatting that every program translated
// with `--backend jvm` runs with (the counterpart of backends/c/runtime/pyrite_rt.c).
// See README.md beside this file. Memory is off-heap and addressed by `long`s through
// sun.misc.Unsafe; every `public static` method here is callable from generated code,
// and the translator checks each call's descriptor against this file's signatures.

import java.io.*;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.nio.file.attribute.FileTime;
import java.util.*;

public final class PyrRt {
    static final sun.misc.Unsafe U;
    static {
        try {
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            U = (sun.misc.Unsafe) f.get(null);
        } catch (Exception e) {
            throw new Error(e);
        }
    }

    /** The stack pointer of the off-heap stack (grows down) and its lowest usable address. */
    public static long SP;
    static long STACK_LO;
    /** The base address of the globals block. */
    public static long G;
    static String[] ARGS;

    // ------------------------------------------------------------------ start --
    public static void start(String[] args) {
        String self = "main";
        try {
            self = new File(PyrRt.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (Exception e) {
        }
        ARGS = new String[args.length + 1];
        ARGS[0] = self;
        System.arraycopy(args, 0, ARGS, 1, args.length);
        long stack = 256L << 20;
        STACK_LO = U.allocateMemory(stack);
        SP = STACK_LO + stack;
        STACK_LO += 64 * 1024;
        loadGlobals();
        Thread t = new Thread(null, () -> {
            try {
                Class.forName("Main").getMethod("run").invoke(null);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable c = e.getCause();
                if (c instanceof StackOverflowError) overflow();
                outSync();
                System.err.println("internal error in translated code: " + c);
                if (c != null) c.printStackTrace();
                halt(134);
            } catch (Exception e) {
                System.err.println("internal error: cannot start the translated program: " + e);
                halt(134);
            }
        }, "main", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
        }
        outFinal();
        halt(0);
    }

    static void halt(int code) {
        Runtime.getRuntime().halt(code);
    }

    static void loadGlobals() {
        try (InputStream in = PyrRt.class.getResourceAsStream("/pyrite/globals.bin")) {
            DataInputStream d = new DataInputStream(new BufferedInputStream(in));
            long size = Long.reverseBytes(d.readLong());
            G = pyr_alloc(size + 8);
            byte[] b = new byte[(int) size];
            d.readFully(b);
            for (int i = 0; i < b.length; i++) U.putByte(G + i, b[i]);
            int n = Integer.reverseBytes(d.readInt());
            for (int i = 0; i < n; i++) {
                long at = G + Long.reverseBytes(d.readLong());
                U.putLong(at, U.getLong(at) + G);
            }
        } catch (IOException e) {
            throw new Error("cannot load pyrite/globals.bin: " + e);
        }
    }

    /** Called at every generated function's entry with its new frame pointer. */
    public static void checkStack(long fp) {
        if (fp < STACK_LO) overflow();
    }

    static void overflow() {
        outSync();
        errStr("\nthread 'main' (" + pid() + ") has overflowed its stack\nfatal runtime error: stack overflow, aborting\n");
        abort();
    }

    /** Ends the process by SIGABRT, as Rust's abort does. */
    static void abort() {
        try {
            new ProcessBuilder("kill", "-ABRT", Long.toString(pid())).start().waitFor();
            Thread.sleep(1000);
        } catch (Exception e) {
        }
        halt(134);
    }

    public static RuntimeException unreachable() {
        return new IllegalStateException("pyrite: reached code the flow graph marks unreachable");
    }

    public static RuntimeException badCall() {
        return new IllegalStateException("pyrite: indirect call through a function pointer of another signature");
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    // ----------------------------------------------------------------- memory --
    public static int ldb(long a) { return U.getByte(a); }
    public static int lds(long a) { return U.getShort(a); }
    public static int ldi(long a) { return U.getInt(a); }
    public static long ldl(long a) { return U.getLong(a); }
    public static float ldf(long a) { return U.getFloat(a); }
    public static double ldd(long a) { return U.getDouble(a); }
    public static void stb(long a, int v) { U.putByte(a, (byte) v); }
    public static void sts(long a, int v) { U.putShort(a, (short) v); }
    public static void sti(long a, int v) { U.putInt(a, v); }
    public static void stl(long a, long v) { U.putLong(a, v); }
    public static void stf(long a, float v) { U.putFloat(a, v); }
    public static void std(long a, double v) { U.putDouble(a, v); }
    /** memmove(dst, src, n). Small copies by words: Unsafe.copyMemory is a native call. */
    public static void copy(long dst, long src, long n) {
        if (n <= 0 || dst == src) return;
        if (n > 256) {
            U.copyMemory(src, dst, n);
        } else if (dst < src || dst >= src + n) {
            long i = 0;
            for (; i + 8 <= n; i += 8) U.putLong(dst + i, U.getLong(src + i));
            for (; i < n; i++) U.putByte(dst + i, U.getByte(src + i));
        } else {
            long i = n;
            for (; i >= 8; i -= 8) U.putLong(dst + i - 8, U.getLong(src + i - 8));
            for (; i > 0; i--) U.putByte(dst + i - 1, U.getByte(src + i - 1));
        }
    }

    static void allocFailed(long size) {
        outSync();
        errStr("memory allocation of " + Long.toUnsignedString(size) + " bytes failed\n" + NOTE);
        abort();
    }

    public static long pyr_alloc(long size) {
        long n = size == 0 ? 1 : size;
        long p;
        try {
            p = U.allocateMemory(n);
        } catch (OutOfMemoryError e) {
            allocFailed(size);
            return 0;
        }
        U.setMemory(p, n, (byte) 0);
        return p;
    }

    public static long pyr_realloc(long p, long oldSize, long newSize) {
        long q;
        try {
            q = U.reallocateMemory(p, newSize == 0 ? 1 : newSize);
        } catch (OutOfMemoryError e) {
            allocFailed(newSize);
            return 0;
        }
        if (newSize > oldSize) U.setMemory(q + oldSize, newSize - oldSize, (byte) 0);
        return q;
    }

    public static void pyr_free(long p) {
        if (p != 0) U.freeMemory(p);
    }

    // --gc none: bump allocation in 1 MiB chunks, never freed; over 64 KiB: own block.
    static long gcCursor, gcLimit;

    public static long pyr_gc_alloc(long size) {
        size = (size + 7) & ~7L;
        if (size == 0) size = 8;
        if (size > 65536) return pyr_alloc(size);
        if (gcLimit - gcCursor < size) {
            gcCursor = pyr_alloc(1 << 20);
            gcLimit = gcCursor + (1 << 20);
        }
        long p = gcCursor;
        gcCursor += size;
        return p;
    }

    public static long pyr_gc_realloc(long p, long oldSize, long newSize) {
        long o = (oldSize + 7) & ~7L, n = (newSize + 7) & ~7L;
        if (p != 0 && p + o == gcCursor && n <= 65536 && gcLimit - p >= n) {
            gcCursor = p + n;
            return p;
        }
        if (p != 0 && o > 65536 && n > o) return pyr_realloc(p, oldSize, n);
        long q = pyr_gc_alloc(newSize);
        if (p != 0 && oldSize != 0) copy(q, p, Math.min(oldSize, newSize));
        return q;
    }

    // ----------------------------------------------------------------- output --
    static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);
    static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);
    static final byte[] OBUF = new byte[64 * 1024];
    static int olen;
    static boolean outDead;

    static void outSync() {
        if (olen > 0 && !outDead) {
            try {
                OUT.write(OBUF, 0, olen);
            } catch (IOException e) {
                outDead = true;
            }
        }
        olen = 0;
    }

    static void outFinal() {
        outSync();
    }

    public static void pyr_write_out(long p, long n) {
        if (outDead) return;
        while (n > 0) {
            if (olen == OBUF.length) outSync();
            int c = (int) Math.min(n, OBUF.length - olen);
            for (int i = 0; i < c; i++) OBUF[olen + i] = U.getByte(p + i);
            olen += c;
            p += c;
            n -= c;
        }
    }

    public static void pyr_flush() {
        outSync();
    }

    static byte[] bytes(long p, long n) {
        byte[] b = new byte[(int) n];
        for (int i = 0; i < b.length; i++) b[i] = U.getByte(p + i);
        return b;
    }

    static void errBytes(byte[] b) {
        try {
            ERR.write(b);
        } catch (IOException e) {
        }
    }

    static void errStr(String s) {
        errBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void pyr_write_err(long p, long n) {
        outSync();
        errBytes(bytes(p, n));
    }

    static final String NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";

    public static void pyr_panic(long msg, long msgLen, long file, long fileLen, int line, int col) {
        outSync();
        errStr("\nthread 'main' (" + pid() + ") panicked at ");
        errBytes(bytes(file, fileLen));
        errStr(":" + Integer.toUnsignedString(line) + ":" + Integer.toUnsignedString(col) + ":\n");
        errBytes(bytes(msg, msgLen));
        errStr("\n" + NOTE);
        outFinal();
        halt(101);
    }

    public static void pyr_exit(int code) {
        outFinal();
        halt(code);
    }

    // ---------------------------------------------------------------- numbers --
    static long putAscii(long buf, String s) {
        for (int i = 0; i < s.length(); i++) U.putByte(buf + i, (byte) s.charAt(i));
        return s.length();
    }

    public static long pyr_fmt_u64(long v, int radix, int upper, long buf) {
        String s = Long.toUnsignedString(v, radix);
        return putAscii(buf, upper != 0 ? s.toUpperCase() : s);
    }

    public static long pyr_fmt_i64(long v, long buf) {
        return putAscii(buf, Long.toString(v));
    }

    public static long pyr_fmt_f64(double x, int mode, int prec, long buf, long cap) {
        return putAscii(buf, FloatFmt.format(x, mode, prec));
    }

    public static int pyr_parse_f64(long p, long n, long out) {
        String s = new String(bytes(p, n), java.nio.charset.StandardCharsets.ISO_8859_1);
        Double d = FloatFmt.parse(s);
        if (d == null) return 0;
        U.putDouble(out, d);
        return 1;
    }

    public static int d2int(double x, int bits, int signed) {
        if (x != x) return 0;
        double lo = signed != 0 ? -Math.pow(2, bits - 1) : 0, hi = signed != 0 ? Math.pow(2, bits - 1) - 1 : Math.pow(2, bits) - 1;
        if (x <= lo) return (int) (long) lo;
        if (x >= hi) return (int) (long) hi;
        return (int) (long) x;
    }

    public static long d2u64(double x) {
        if (x != x || x <= 0) return 0;
        if (x >= 18446744073709551616.0) return -1L;
        if (x >= 9223372036854775808.0) return ((long) (x - 9223372036854775808.0)) + Long.MIN_VALUE;
        return (long) x;
    }

    public static double u64ToD(long x) {
        if (x >= 0) return (double) x;
        return ((double) ((x >>> 1) | (x & 1))) * 2.0;
    }

    public static float u64ToF(long x) {
        if (x >= 0) return (float) x;
        return ((float) ((x >>> 1) | (x & 1))) * 2.0f;
    }

    // libm, with the C library's rounding rules (StrictMath is fdlibm, reproducible).
    public static double sqrt(double x) { return StrictMath.sqrt(x); }
    public static double floor(double x) { return StrictMath.floor(x); }
    public static double ceil(double x) { return StrictMath.ceil(x); }
    public static double trunc(double x) { return x < 0 ? StrictMath.ceil(x) : StrictMath.floor(x); }
    public static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double t = trunc(x);
        if (Math.abs(x - t) >= 0.5) t += Math.copySign(1.0, x);
        return t == 0 ? Math.copySign(0.0, x) : t;
    }
    public static double sin(double x) { return StrictMath.sin(x); }
    public static double cos(double x) { return StrictMath.cos(x); }
    public static double tan(double x) { return StrictMath.tan(x); }
    public static double asin(double x) { return StrictMath.asin(x); }
    public static double acos(double x) { return StrictMath.acos(x); }
    public static double atan(double x) { return StrictMath.atan(x); }
    public static double atan2(double y, double x) { return StrictMath.atan2(y, x); }
    public static double exp(double x) { return StrictMath.exp(x); }
    public static double log(double x) { return StrictMath.log(x); }
    public static double log10(double x) { return StrictMath.log10(x); }
    public static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x) && (Double.doubleToRawLongBits(x) & 0xfffffffffffffL) == 0 && Math.getExponent(x) >= -1022)
            return Math.getExponent(x);
        return StrictMath.log(x) / StrictMath.log(2.0);
    }
    public static double cbrt(double x) { return StrictMath.cbrt(x); }
    // Rust's cbrt is correctly rounded: move from fdlibm's result while x lies beyond the cube
    // of the midpoint to a neighbour (exact comparison in BigDecimal).
    public static double pyr_cbrt(double x) {
        if (Double.isNaN(x) || x == 0 || Double.isInfinite(x)) return x;
        double ax = Math.abs(x), y = StrictMath.cbrt(ax);
        java.math.BigDecimal bx = new java.math.BigDecimal(ax);
        for (int i = 0; i < 8; i++) {
            double lo = Math.nextDown(y), hi = Math.nextUp(y);
            if (lo > 0 && bx.compareTo(midCube(lo, y)) < 0) y = lo;
            else if (!Double.isInfinite(hi) && bx.compareTo(midCube(y, hi)) > 0) y = hi;
            else break;
        }
        return x < 0 ? -y : y;
    }
    private static java.math.BigDecimal midCube(double a, double b) {
        java.math.BigDecimal m = new java.math.BigDecimal(a).add(new java.math.BigDecimal(b)).multiply(new java.math.BigDecimal("0.5"));
        return m.multiply(m).multiply(m);
    }
    public static double fma(double a, double b, double c) { return Math.fma(a, b, c); }
    public static double exp2(double x) { return StrictMath.pow(2.0, x); }
    // f32 functions (the C library's sinf etc. on the other backends): through double,
    // rounded once more, so they can differ from glibc's in the last bit.
    public static float sinf(float x) { return (float) StrictMath.sin(x); }
    public static float cosf(float x) { return (float) StrictMath.cos(x); }
    public static float tanf(float x) { return (float) StrictMath.tan(x); }
    public static float asinf(float x) { return (float) StrictMath.asin(x); }
    public static float acosf(float x) { return (float) StrictMath.acos(x); }
    public static float atanf(float x) { return (float) StrictMath.atan(x); }
    public static float atan2f(float y, float x) { return (float) StrictMath.atan2(y, x); }
    public static float expf(float x) { return (float) StrictMath.exp(x); }
    public static float exp2f(float x) { return (float) StrictMath.pow(2.0, x); }
    public static float logf(float x) { return (float) StrictMath.log(x); }
    public static float log2f(float x) { return (float) log2(x); }
    public static float log10f(float x) { return (float) StrictMath.log10(x); }
    public static float powf(float x, float y) { return (float) StrictMath.pow(x, y); }
    public static float fmaf(float a, float b, float c) { return Math.fma(a, b, c); }
    public static double hypot(double x, double y) { return StrictMath.hypot(x, y); }
    public static double sinh(double x) { return StrictMath.sinh(x); }
    public static double cosh(double x) { return StrictMath.cosh(x); }
    public static double tanh(double x) { return StrictMath.tanh(x); }
    public static double expm1(double x) { return StrictMath.expm1(x); }
    public static double log1p(double x) { return StrictMath.log1p(x); }
    // No StrictMath versions: the textbook formulas (glibc may differ in the last bit).
    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
        double a = Math.abs(x);
        double r = a > 1e8 ? StrictMath.log(a) + 0.6931471805599453 : StrictMath.log1p(a + a * a / (1.0 + StrictMath.sqrt(1.0 + a * a)));
        return Math.copySign(r, x);
    }
    public static double acosh(double x) {
        if (x < 1.0) return Double.NaN;
        if (x > 1e8) return StrictMath.log(x) + 0.6931471805599453;
        double t = x - 1.0;
        return StrictMath.log1p(t + StrictMath.sqrt(2.0 * t + t * t));
    }
    public static double atanh(double x) {
        if (Math.abs(x) > 1.0) return Double.NaN;
        if (x == 0.0) return x;
        return 0.5 * StrictMath.log1p(2.0 * x / (1.0 - x));
    }
    public static double pow(double x, double y) { return StrictMath.pow(x, y); }

    // ------------------------------------------------------------ environment --
    static long cString(byte[] b, long lenOut) {
        long p = pyr_alloc(b.length + 1);
        for (int i = 0; i < b.length; i++) U.putByte(p + i, b[i]);
        if (lenOut != 0) U.putLong(lenOut, b.length);
        return p;
    }

    static long[] argvCache;

    public static long pyr_argc() {
        return ARGS.length;
    }

    public static long pyr_argv(long i, long len) {
        if (i < 0 || i >= ARGS.length) {
            U.putLong(len, 0);
            return 0;
        }
        return cString(ARGS[(int) i].getBytes(java.nio.charset.StandardCharsets.UTF_8), len);
    }

    static String[] envList;

    public static long pyr_env(long i, long len) {
        if (envList == null) {
            List<String> l = new ArrayList<>();
            for (Map.Entry<String, String> e : System.getenv().entrySet()) l.add(e.getKey() + "=" + e.getValue());
            envList = l.toArray(new String[0]);
        }
        if (i < 0 || i >= envList.length) {
            U.putLong(len, 0);
            return 0;
        }
        return cString(envList[(int) i].getBytes(java.nio.charset.StandardCharsets.UTF_8), len);
    }

    /* std::io::IsTerminal for stdin: the JVM only tells whether a console is attached. */
    public static int pyr_isatty(int fd) {
        return System.console() != null ? 1 : 0;
    }

    /* Write for Stdout: a failed write comes back as an errno (EPIPE) instead of a panic. */
    public static int pyr_write_out_checked(long p, long n) {
        pyr_write_out(p, n);
        return outDead ? 32 : 0;
    }

    public static int pyr_flush_checked() {
        outSync();
        return outDead ? 32 : 0;
    }

    public static int pyr_getpid() {
        return (int) pid();
    }

    public static long pyr_clock_ns(int which) {
        if (which == 0) {
            java.time.Instant t = java.time.Instant.now();
            return t.getEpochSecond() * 1000000000L + t.getNano();
        }
        return System.nanoTime();
    }

    public static void pyr_sleep(long secs, int nanos) {
        try {
            Thread.sleep(secs * 1000 + nanos / 1000000, nanos % 1000000);
        } catch (InterruptedException e) {
        }
    }

    public static long pyr_read_line(long len) {
        outSync();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            int c;
            while ((c = System.in.read()) >= 0) {
                b.write(c);
                if (c == '\n') break;
            }
        } catch (IOException e) {
        }
        if (b.size() == 0) {
            U.putLong(len, 0);
            return 0;
        }
        return cString(b.toByteArray(), len);
    }

    // ------------------------------------------------------------------ files --
    public static long pyr_strerror(int err, long len) {
        return cString(Files_.strerror(err).getBytes(java.nio.charset.StandardCharsets.UTF_8), len);
    }

    public static long pyr_read_file(long p, long n, long outLen, long err) {
        return Files_.readFile(p, n, outLen, err);
    }

    public static int pyr_open(long p, long n, int flags, long err) { return Files_.open(p, n, flags, err); }
    public static long pyr_fd_read(int fd, long buf, long n, long err) { return Files_.read(fd, buf, n, err); }
    public static long pyr_fd_write(int fd, long buf, long n, long err) { return Files_.write(fd, buf, n, err); }
    public static void pyr_fd_close(int fd) { Files_.close(fd); }
    public static int pyr_fd_truncate(int fd, long size) { return Files_.truncate(fd, size); }
    public static long pyr_fd_seek(int fd, long off, int whence, long err) { return Files_.seek(fd, off, whence, err); }
    public static int pyr_path_op(int op, long p, long n, long q, long m) { return Files_.pathOp(op, p, n, q, m); }
    public static int pyr_stat(long p, long n, int follow, long out) { return Files_.stat(p, n, follow, out); }
    public static long pyr_list_dir(long p, long n, long outLen, long err) { return Files_.listDir(p, n, outLen, err); }
    public static long pyr_realpath(long p, long n, long len, long err) { return Files_.realpath(p, n, len, err); }
    public static long pyr_getcwd(long len, long err) { return Files_.getcwd(len, err); }
}

/** Float formatting and parsing, digit for digit as the C runtime's pyr_fmt_f64/pyr_parse_f64. */
final class FloatFmt {
    static final int DEBUG = 1, FIXED = 2, EXP = 3, EXP_N = 4, F32 = 0x100;

    /** Digits (no dot) and the decimal exponent of the first one. */
    static final class Dig {
        String d;
        int e;
        boolean ok;
        Dig(String d, int e) { this.d = d; this.e = e; }
    }

    static Dig ofDecimal(BigDecimal r, int p) {
        String s = r.unscaledValue().abs().toString();
        int e = r.precision() - r.scale() - 1;
        StringBuilder b = new StringBuilder(s);
        while (b.length() < p) b.append('0');
        return new Dig(b.substring(0, p), e);
    }

    static Dig incr(Dig x) {
        char[] d = x.d.toCharArray();
        int i = d.length - 1, e = x.e;
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i < 0) {
            d[0] = '1';
            e++;
        } else {
            d[i]++;
        }
        return new Dig(new String(d), e);
    }

    static boolean readsBack(double x, Dig d) {
        String t = d.d.charAt(0) + "." + d.d.substring(1) + "e" + d.e;
        return Double.parseDouble(t) == x;
    }

    static Dig digitsP(double x, BigDecimal ex, int p, boolean pow2) {
        BigDecimal hu = ex.round(new MathContext(p, RoundingMode.HALF_UP));
        BigDecimal hd = ex.round(new MathContext(p, RoundingMode.HALF_DOWN));
        boolean tie = hu.compareTo(hd) != 0;
        Dig d = ofDecimal(tie ? ex.round(new MathContext(p, RoundingMode.DOWN)) : ex.round(new MathContext(p, RoundingMode.HALF_EVEN)), p);
        Dig u = incr(d);
        if ((tie || pow2) && readsBack(x, u) && (tie || !readsBack(x, d))) {
            u.ok = true;
            return u;
        }
        d.ok = readsBack(x, d);
        return d;
    }

    static Dig strip(Dig d, int n) {
        while (n > 1 && d.d.charAt(n - 1) == '0') n--;
        return new Dig(d.d.substring(0, n), d.e);
    }

    static Dig shortest(double x) {
        if (x < 9007199254740992.0 && x == (double) (long) x) {
            String s = Long.toString((long) x);
            return strip(new Dig(s, s.length() - 1), s.length());
        }
        BigDecimal ex = new BigDecimal(x);
        boolean pow2 = (Double.doubleToRawLongBits(x) << 12) == 0;
        Dig best = digitsP(x, ex, 17, pow2);
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            Dig t = digitsP(x, ex, mid, pow2);
            if (t.ok) {
                hi = mid;
                best = t;
            } else {
                lo = mid + 1;
            }
        }
        return strip(best, Math.min(lo, best.d.length()));
    }

    static Dig shortest32(float x) {
        BigDecimal ex = new BigDecimal((double) x);
        for (int p = 1; p <= 9; p++) {
            Dig d = ofDecimal(ex.round(new MathContext(p, RoundingMode.HALF_EVEN)), p);
            if (x == 0 || Float.parseFloat(d.d.charAt(0) + "." + d.d.substring(1) + "e" + d.e) == x) return strip(d, p);
        }
        return shortest(x);
    }

    static String format(double x, int mode, int prec) {
        boolean f32 = (mode & F32) != 0;
        mode &= ~F32;
        if (x != x) return "NaN";
        StringBuilder o = new StringBuilder();
        if (Double.doubleToRawLongBits(x) < 0) {
            o.append('-');
            x = -x;
        }
        if (Double.isInfinite(x)) return o.append("inf").toString();
        if (mode == FIXED) return o.append(new BigDecimal(x).setScale(prec, RoundingMode.HALF_EVEN).toPlainString()).toString();
        if (mode == EXP_N) {
            Dig d = x == 0 ? new Dig("0".repeat(prec + 1), 0) : ofDecimal(new BigDecimal(x).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN)), prec + 1);
            o.append(d.d.charAt(0));
            if (prec > 0) o.append('.').append(d.d, 1, d.d.length());
            return o.append('e').append(d.e).toString();
        }
        Dig dg = f32 ? shortest32((float) x) : shortest(x);
        String d = dg.d;
        int nd = d.length(), e = dg.e;
        boolean sci = mode == EXP || (mode == DEBUG && x != 0 && (e < -4 || e >= 16));
        if (sci) {
            o.append(d.charAt(0));
            if (nd > 1) o.append('.').append(d, 1, nd);
            return o.append('e').append(e).toString();
        }
        if (e < 0) {
            o.append("0.");
            for (int i = 0; i < -e - 1; i++) o.append('0');
            return o.append(d).toString();
        }
        for (int i = 0; i <= e; i++) o.append(i < nd ? d.charAt(i) : '0');
        if (nd > e + 1) o.append('.').append(d, e + 1, nd);
        else if (mode == DEBUG) o.append(".0");
        return o.toString();
    }

    /** Rust's f64::from_str grammar, or null. */
    static Double parse(String s) {
        int n = s.length(), i = 0, a = 0, b = 0;
        boolean neg = n > 0 && s.charAt(0) == '-';
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) i = 1;
        String r = s.substring(i).toLowerCase(Locale.ROOT);
        if (r.equals("inf") || r.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (r.equals("nan")) return neg ? -Double.NaN : Double.NaN;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) { i++; a++; }
        if (i < n && s.charAt(i) == '.')
            for (i++; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) b++;
        if (a + b == 0) return null;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int c = 0;
            if (++i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) c++;
            if (c == 0) return null;
        }
        if (i != n) return null;
        return Double.parseDouble(s);
    }
}

/** std::fs / std::env glue over java.nio: descriptors are indices into a table of channels. */
final class Files_ {
    static final sun.misc.Unsafe U = PyrRt.U;
    static final Map<Integer, FileChannel> FDS = new HashMap<>();
    static int nextFd = 3;
    static Path cwd = Paths.get(System.getProperty("user.dir"));
    static final int NUL = -1;

    static String str(long p, long n) {
        return new String(PyrRt.bytes(p, n), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Path path(long p, long n) {
        String s = str(p, n);
        if (s.indexOf('\0') >= 0) return null;
        return cwd.resolve(s);
    }

    static int errno(Throwable e) {
        if (e instanceof NoSuchFileException) return 2;
        if (e instanceof AccessDeniedException) return 13;
        if (e instanceof FileAlreadyExistsException) return 17;
        if (e instanceof DirectoryNotEmptyException) return 39;
        if (e instanceof NotDirectoryException) return 20;
        if (e instanceof IllegalArgumentException || e instanceof UnsupportedOperationException) return 22;
        String m = String.valueOf(e.getMessage());
        if (m.contains("Is a directory")) return 21;
        if (m.contains("Not a directory")) return 20;
        if (m.contains("No such file")) return 2;
        if (m.contains("Permission denied")) return 13;
        return 5;
    }

    static String strerror(int err) {
        if (err == -1) return "file name contained an unexpected NUL byte";
        if (err == -2) return "stream did not contain valid UTF-8";
        String m;
        switch (err) {
            case 1: m = "Operation not permitted"; break;
            case 2: m = "No such file or directory"; break;
            case 5: m = "Input/output error"; break;
            case 9: m = "Bad file descriptor"; break;
            case 13: m = "Permission denied"; break;
            case 17: m = "File exists"; break;
            case 20: m = "Not a directory"; break;
            case 21: m = "Is a directory"; break;
            case 22: m = "Invalid argument"; break;
            case 28: m = "No space left on device"; break;
            case 39: m = "Directory not empty"; break;
            default: m = "Unknown error " + err;
        }
        return m + " (os error " + err + ")";
    }

    static long readFile(long p, long n, long outLen, long err) {
        U.putLong(outLen, 0);
        Path f = path(p, n);
        if (f == null) { U.putInt(err, NUL); return 0; }
        try {
            if (Files.isDirectory(f)) { U.putInt(err, 21); return 0; }
            byte[] b = Files.readAllBytes(f);
            long q = PyrRt.pyr_alloc(b.length + 1);
            for (int i = 0; i < b.length; i++) U.putByte(q + i, b[i]);
            U.putLong(outLen, b.length);
            U.putInt(err, 0);
            return q;
        } catch (Exception e) {
            U.putInt(err, errno(e));
            return 0;
        }
    }

    static int open(long p, long n, int flags, long err) {
        Path f = path(p, n);
        if (f == null) { U.putInt(err, NUL); return -1; }
        boolean rd = (flags & 1) != 0, wr = (flags & 2) != 0, ap = (flags & 4) != 0;
        Set<OpenOption> o = new HashSet<>();
        if (rd || !(wr || ap)) o.add(StandardOpenOption.READ);
        if (wr || ap) o.add(StandardOpenOption.WRITE);
        if (ap) o.add(StandardOpenOption.APPEND);
        if ((flags & 32) != 0) o.add(StandardOpenOption.CREATE_NEW);
        else {
            if ((flags & 16) != 0) o.add(StandardOpenOption.CREATE);
            if ((flags & 8) != 0) o.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            if ((wr || ap) && Files.isDirectory(f)) { U.putInt(err, 21); return -1; }
            FileChannel ch = FileChannel.open(f, o);
            int fd = nextFd++;
            FDS.put(fd, ch);
            U.putInt(err, 0);
            return fd;
        } catch (Exception e) {
            U.putInt(err, errno(e));
            return -1;
        }
    }

    static long read(int fd, long buf, long n, long err) {
        U.putInt(err, 0);
        try {
            byte[] b = new byte[(int) Math.min(n, 1 << 20)];
            int r;
            if (fd == 0) {
                PyrRt.outSync();
                r = System.in.read(b);
            } else {
                FileChannel ch = FDS.get(fd);
                if (ch == null) { U.putInt(err, 9); return 0; }
                r = ch.read(ByteBuffer.wrap(b));
            }
            if (r <= 0) return 0;
            for (int i = 0; i < r; i++) U.putByte(buf + i, b[i]);
            return r;
        } catch (Exception e) {
            U.putInt(err, errno(e));
            return 0;
        }
    }

    static long write(int fd, long buf, long n, long err) {
        U.putInt(err, 0);
        if (fd == 1) { PyrRt.pyr_write_out(buf, n); return n; }
        if (fd == 2) { PyrRt.pyr_write_err(buf, n); return n; }
        FileChannel ch = FDS.get(fd);
        if (ch == null) { U.putInt(err, 9); return 0; }
        try {
            ByteBuffer b = ByteBuffer.wrap(PyrRt.bytes(buf, n));
            while (b.hasRemaining()) ch.write(b);
            return n;
        } catch (Exception e) {
            U.putInt(err, errno(e));
            return 0;
        }
    }

    static void close(int fd) {
        FileChannel ch = FDS.remove(fd);
        if (ch != null) {
            try { ch.close(); } catch (IOException e) { }
        }
    }

    static int truncate(int fd, long size) {
        FileChannel ch = FDS.get(fd);
        if (ch == null) return 9;
        try {
            if (size < ch.size()) ch.truncate(size);
            else if (size > ch.size()) ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            return 0;
        } catch (Exception e) {
            return errno(e);
        }
    }

    static long seek(int fd, long off, int whence, long err) {
        FileChannel ch = FDS.get(fd);
        U.putInt(err, 0);
        if (ch == null) { U.putInt(err, 9); return -1; }
        try {
            long base = whence == 0 ? 0 : whence == 1 ? ch.position() : ch.size();
            if (base + off < 0) { U.putInt(err, 22); return -1; }
            ch.position(base + off);
            return base + off;
        } catch (Exception e) {
            U.putInt(err, errno(e));
            return -1;
        }
    }

    static int pathOp(int op, long p, long n, long q, long m) {
        Path a = path(p, n), b = op == 3 ? path(q, m) : null;
        if (a == null || (op == 3 && b == null)) return NUL;
        try {
            switch (op) {
                case 0:
                    if (Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)) return 21;
                    Files.delete(a);
                    return 0;
                case 1:
                    if (Files.exists(a, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)) return 20;
                    Files.delete(a);
                    return 0;
                case 2:
                    Files.createDirectory(a);
                    return 0;
                case 3:
                    Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return 0;
                case 4:
                    if (!Files.exists(a)) return 2;
                    if (!Files.isDirectory(a)) return 20;
                    cwd = a.normalize();
                    return 0;
                default:
                    return 22;
            }
        } catch (Exception e) {
            return errno(e);
        }
    }

    static long secs(Object t) { return Math.floorDiv(((FileTime) t).to(java.util.concurrent.TimeUnit.NANOSECONDS), 1000000000L); }
    static long nanos(Object t) { return Math.floorMod(((FileTime) t).to(java.util.concurrent.TimeUnit.NANOSECONDS), 1000000000L); }

    static int stat(long p, long n, int follow, long out) {
        Path a = path(p, n);
        if (a == null) return NUL;
        try {
            LinkOption[] lo = follow != 0 ? new LinkOption[0] : new LinkOption[] { LinkOption.NOFOLLOW_LINKS };
            Map<String, Object> at = Files.readAttributes(a, "unix:mode,size,lastModifiedTime,lastAccessTime,ctime,ino,dev,nlink,uid,gid", lo);
            long[] v = {
                ((Number) at.get("mode")).longValue(), ((Number) at.get("size")).longValue(),
                secs(at.get("lastModifiedTime")), nanos(at.get("lastModifiedTime")),
                secs(at.get("lastAccessTime")), nanos(at.get("lastAccessTime")),
                secs(at.get("ctime")), nanos(at.get("ctime")),
                ((Number) at.get("ino")).longValue(), ((Number) at.get("dev")).longValue(),
                ((Number) at.get("nlink")).longValue(), ((Number) at.get("uid")).longValue(), ((Number) at.get("gid")).longValue() };
            for (int i = 0; i < v.length; i++) U.putLong(out + 8L * i, v[i]);
            return 0;
        } catch (Exception e) {
            return errno(e);
        }
    }

    static long listDir(long p, long n, long outLen, long err) {
        U.putLong(outLen, 0);
        Path a = path(p, n);
        if (a == null) { U.putInt(err, NUL); return 0; }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(a)) {
            for (Path e : ds) {
                b.write(e.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                b.write(0);
            }
        } catch (Exception e) {
            U.putInt(err, errno(e));
            return 0;
        }
        U.putInt(err, 0);
        return PyrRt.cString(b.toByteArray(), outLen);
    }

    static long realpath(long p, long n, long len, long err) {
        U.putLong(len, 0);
        Path a = path(p, n);
        if (a == null) { U.putInt(err, NUL); return 0; }
        try {
            String r = a.toRealPath().toString();
            U.putInt(err, 0);
            return PyrRt.cString(r.getBytes(java.nio.charset.StandardCharsets.UTF_8), len);
        } catch (Exception e) {
            U.putInt(err, errno(e));
            return 0;
        }
    }

    static long getcwd(long len, long err) {
        U.putInt(err, 0);
        return PyrRt.cString(cwd.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), len);
    }
}
