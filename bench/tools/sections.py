"""The measurements of bench/run, one function per report section.

Each section reads the interpreters and helpers from a Context and writes its figures into
ctx.results[section]. Sections know nothing about the report's layout (report.py).
"""
import os
import re
import shutil
import statistics
import subprocess
import time


class Context:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def bench_programs(root, kind):
    """bench/python/*.py whose `# bench-kind:` header (default speed) names `kind`."""
    out = []
    d = os.path.join(root, "bench", "python")
    for f in sorted(os.listdir(d)):
        if not f.endswith(".py"):
            continue
        head = open(os.path.join(d, f)).read(2000)
        if "# bench:" not in head:
            continue
        m = re.search(r"^# bench-kind: *(.*)$", head, re.M)
        kinds = [k.strip() for k in m.group(1).split(",")] if m else ["speed"]
        if kind in kinds:
            out.append(os.path.join("bench", "python", f))
    return out


def median(xs):
    return statistics.median(xs) if xs else None


# ------------------------------------------------------------------------ size --
def size(ctx):
    res = ctx.results.setdefault("size", {})
    for i in ctx.pyrites:
        stripped = os.path.join(ctx.work, os.path.basename(i["cmd"][0]) + ".stripped")
        subprocess.run(["strip", "-o", stripped, i["cmd"][0]], check=True)
        res[i["name"]] = {"bytes": os.path.getsize(stripped), "what": "stripped executable (everything: no shared library of its own)"}
    cpy = os.path.realpath("/usr/bin/python3")
    res["CPython 3.11"] = {"bytes": os.path.getsize(cpy), "what": f"{cpy} (libpython linked in; stdlib .py files not counted)"}
    for i in ctx.interps:
        if i["kind"] == "pypy":
            exe = os.path.realpath(i["cmd"][0])
            libs = [l.split("=>")[1].split()[0] for l in subprocess.run(["ldd", exe], capture_output=True, text=True).stdout.splitlines()
                    if "libpypy" in l and "=>" in l]
            total = os.path.getsize(exe) + sum(os.path.getsize(l) for l in libs)
            res[i["name"]] = {"bytes": total, "what": f"{exe} + {', '.join(libs)} (stdlib not counted)"}
    for name, v in res.items():
        ctx.log(f"size {name}: {v['bytes'] / 1e6:.2f} MB")


# --------------------------------------------------------------------- startup --
STARTUP = [
    ("-S -c pass", ["-S", "-c", "pass"]),
    ("-c pass", ["-c", "pass"]),
    ("-c 'import os'", ["-c", "import os"]),
    ("import set", ["-c", "import os, sys, math, json, re, collections, functools, itertools"]),
]


def _spawn_time(cmd, env, cwd):
    """Wall time from spawn to reaped exit, without pipes or polling."""
    devnull = os.open(os.devnull, os.O_RDWR)
    t = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, env, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1),
                                                         (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status = os.waitpid(pid, 0)
    dt = time.perf_counter() - t
    os.close(devnull)
    return dt, os.waitstatus_to_exitcode(status)


def startup(ctx):
    res = ctx.results.setdefault("startup", {})
    n = 10 if ctx.quick else 40
    for label, args in STARTUP:
        row = res.setdefault(label, {})
        for i in ctx.interps:
            _, _, _, err, code = ctx.run(i, args)
            if code != 0:
                last = err.strip().splitlines()[-1] if err.strip() else f"exit {code}"
                row[i["name"]] = {"error": last[:120]}
                ctx.log(f"startup {label} {i['name']}: fails ({last[:80]})")
                continue
            exe = shutil.which(i["cmd"][0]) or i["cmd"][0]
            times = [_spawn_time([exe] + i["cmd"][1:] + args, ctx.env, ctx.root)[0] for _ in range(n)]
            row[i["name"]] = {"ms": round(median(times) * 1000, 3), "runs": n}
            ctx.log(f"startup {label} {i['name']}: {median(times) * 1000:.2f} ms (median of {n})")


# --------------------------------------------------------------------- objects --
KINDS = ["instance2", "instance8", "tuple2", "list2", "float", "str", "dict", "int"]


def objects(ctx):
    res = ctx.results.setdefault("objects", {"n": 100000 if ctx.quick else 1000000, "kinds": {}})
    n = res["n"]
    prog = os.path.join("bench", "python", "objsize.py")
    for kind in KINDS:
        row = res["kinds"].setdefault(kind, {})
        for i in ctx.interps:
            _, rss0, _, err0, c0 = ctx.run(i, [prog, kind, "0"])
            _, rss1, out, err1, c1 = ctx.run(i, [prog, kind, str(n)])
            _, rss2, _, err2, c2 = ctx.run(i, [prog, kind, str(2 * n)])
            if c0 != 0 or c1 != 0 or c2 != 0:
                err = err2 or err1 or err0
                row[i["name"]] = {"error": err.strip().splitlines()[-1][:120] if err.strip() else f"exit {c1 or c2}"}
                ctx.log(f"objects {kind} {i['name']}: fails")
                continue
            per = (rss1 - rss0) * 1024 / n
            # From n to 2n objects: leaves out fixed costs a large run pays once (a
            # nursery filling up, allocator arenas), which the first figure includes.
            marginal = (rss2 - rss1) * 1024 / n
            row[i["name"]] = {"bytes": round(per, 1), "marginal": round(marginal, 1)}
            ctx.log(f"objects {kind} {i['name']}: {per:.1f} bytes/object, {marginal:.1f} from n to 2n")


# ---------------------------------------------------------------------- pauses --
def _pause_stats(ns):
    us = sorted(p / 1000 for p in ns)
    if not us:
        return {"count": 0, "max_ms": 0.0, "p99_ms": 0.0, "total_ms": 0.0}
    p99 = us[min(len(us) - 1, int(round(0.99 * (len(us) - 1))))]
    return {"count": len(us), "max_ms": round(us[-1] / 1000, 3), "p99_ms": round(p99 / 1000, 3), "total_ms": round(sum(us) / 1000, 3)}


def pauses(ctx):
    res = ctx.results.setdefault("pauses", {})
    wrapper = os.path.join(ctx.root, "bench", "tools", "gc_pauses.py")
    for prog in bench_programs(ctx.root, "pauses"):
        name = os.path.basename(prog)[:-3]
        row = res.setdefault(name, {})
        for i in ctx.interps:
            log_file = os.path.join(ctx.work, f"pauses-{name}-{i['name'].replace(' ', '_')}.log")
            if os.path.exists(log_file):
                os.remove(log_file)
            if i["kind"] == "pyrite":
                dt, rss, out, err, code = ctx.run(i, [prog, ctx.scale], {"PYRITE_GC_PAUSE_LOG": log_file})
            else:
                dt, rss, out, err, code = ctx.run(i, [wrapper, log_file, prog, ctx.scale])
            if code != 0:
                row[i["name"]] = {"error": "timeout" if code == "timeout" else (err.strip().splitlines() or ["exit %s" % code])[-1][:120]}
                ctx.log(f"pauses {name} {i['name']}: fails ({row[i['name']]['error']})")
                continue
            ns = []
            if os.path.exists(log_file):
                ns = [int(l) for l in open(log_file) if l.strip() and not l.startswith("#")]
            st = _pause_stats(ns)
            st.update({"seconds": round(dt, 3), "peak_rss_mb": round(rss / 1024, 1), "pauses_us": [round(p / 1000, 1) for p in ns]})
            row[i["name"]] = st
            ctx.log(f"pauses {name} {i['name']}: {st['count']} pauses, max {st['max_ms']} ms, p99 {st['p99_ms']} ms, "
                    f"total {st['total_ms']} ms, {dt:.2f} s, {rss / 1024:.0f} MB")


# ----------------------------------------------------------------------- speed --
def speed(ctx):
    res = ctx.results.setdefault("speed", {})
    for prog in bench_programs(ctx.root, "speed"):
        name = os.path.basename(prog)[:-3]
        row = res.setdefault(name, {})
        want = None
        for i in ctx.interps:
            times, outs = [], set()
            failure = None
            for k in range(ctx.runs):
                dt, rss, out, err, code = ctx.run(i, [prog, ctx.scale])
                if code != 0:
                    failure = "timeout" if code == "timeout" else (err.strip().splitlines() or ["exit %s" % code])[-1][:120]
                    break
                times.append(dt)
                outs.add(out)
                if dt > 5 and k == 0:
                    break  # one run of a slow variant is enough
            if failure:
                row[i["name"]] = {"error": failure}
                ctx.log(f"speed {name} {i['name']}: fails ({failure})")
                continue
            out = outs.pop()
            if i["kind"] == "cpython":
                want = out
            entry = {"seconds": round(median(times), 4), "runs": len(times)}
            if want is not None and out != want:
                entry["wrong_output"] = True
            row[i["name"]] = entry
            ctx.log(f"speed {name} {i['name']}: {median(times):.3f} s (median of {len(times)})"
                    + (" WRONG OUTPUT" if entry.get("wrong_output") else ""))


# ---------------------------------------------------------------- instructions --
def _callgrind(ctx, cmd, env_extra=None):
    outf = os.path.join(ctx.work, "callgrind.out")
    e = dict(ctx.env, **(env_extra or {}))
    r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={outf}"] + cmd, capture_output=True, text=True,
                       env=e, cwd=ctx.root)
    m = re.search(r"Collected : (\d+)", r.stderr)
    return int(m.group(1)) if m and r.returncode == 0 else None


def instructions(ctx):
    if not shutil.which("valgrind"):
        ctx.log("valgrind not found (Debian package valgrind): no instruction counts")
        return
    res = ctx.results.setdefault("instructions", {})
    cases = [("-c pass", ["-c", "pass"]), ("richards.py 0.25", [os.path.join("bench", "python", "richards.py"), "0.25"])]
    subjects = [i for i in ctx.interps if i["kind"] == "cpython"] + ctx.pyrites[:1]
    for label, args in cases:
        row = res.setdefault(label, {})
        for i in subjects:
            n = _callgrind(ctx, i["cmd"] + args)
            row[i["name"]] = n
            ctx.log(f"instructions {label} {i['name']}: {n}")


# ------------------------------------------------------------------------- arm --
ARM_PROGRAM = "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint(f(15))\n"


def arm(ctx):
    res = ctx.results.setdefault("arm", {})
    if not shutil.which("arm-linux-gnueabi-gcc") or not shutil.which("qemu-arm"):
        ctx.log("arm-linux-gnueabi-gcc or qemu-arm missing (Debian packages gcc-arm-linux-gnueabi, qemu-user): no armv5 figures")
        return
    for gc in [g for g in ("none", "markcompact") if g in ctx.policies] or ctx.policies[:1]:
        exe, dt = ctx.build(gc, "armv5-maemo")
        stripped = exe + ".stripped"
        subprocess.run(["arm-linux-gnueabi-strip", "-o", stripped, exe], check=True)
        entry = {"stripped_bytes": os.path.getsize(stripped), "translate_seconds": round(dt, 1), "instructions": {}}
        prog = os.path.join(ctx.work, "arm_fib.py")
        open(prog, "w").write(ARM_PROGRAM)
        for label, args in [("-S -c pass", ["-S", "-c", "pass"]), ("fib(15)", [prog])]:
            entry["instructions"][label] = qemu_instructions([exe] + args)
        res[f"pyrite {gc}"] = entry
        ctx.log(f"arm pyrite {gc}: {entry['stripped_bytes'] / 1e6:.2f} MB stripped, instructions {entry['instructions']}")


def qemu_instructions(cmd):
    r, w = os.pipe()
    p = subprocess.Popen(["qemu-arm", "-L", "/usr/arm-linux-gnueabi", "-singlestep", "-d", "nochain,exec", "-D", f"/dev/fd/{w}"] + cmd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(w,))
    os.close(w)
    count = 0
    with os.fdopen(r, "rb", buffering=1 << 20) as f:
        for line in f:
            if line.startswith(b"Trace "):
                count += 1
    return count if p.wait() == 0 else None
