"""report.md and the SVG plots of bench/run, from its results dict alone.

Tables follow the original talk's shape: rows are the measurements, columns the
interpreters. Ratios are always taken between figures of the same run.
"""
import math
import os

import svg

CPY = "CPython 3.11"
PYPY = "PyPy3"


def _cols(results):
    return [i["name"] for i in results["interpreters"]]


def _pyrites(results):
    return [i["name"] for i in results["interpreters"] if i["kind"] == "pyrite"]


def _table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out + [""]


def _geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def _cell(entry, key, fmt):
    if entry is None:
        return "—"
    if "error" in entry:
        return "fails: " + entry["error"].replace("|", "\\|")[:60]
    v = entry.get(key)
    return "—" if v is None else fmt(v)


def speed_ratios(results):
    """{(benchmark, interpreter): time / CPython's time} for every correct run."""
    out = {}
    for bench, row in results.get("speed", {}).items():
        base = row.get(CPY, {}).get("seconds")
        for name, e in row.items():
            if base and "seconds" in e and not e.get("wrong_output"):
                out[(bench, name)] = e["seconds"] / base
    return out


def goals(results):
    """(goal, target, measured, met) rows, computed from this run's figures."""
    rows = []
    ratios = speed_ratios(results)
    for p in _pyrites(results)[:1]:
        g = _geomean([ratios.get((b, p)) for b in results.get("speed", {})])
        if g:
            rows.append(("speed (geomean time ratio vs CPython)", "≤ 1.0", f"{g:.2f}× ({p})", g <= 1.0))
    st = results.get("startup", {}).get("-c pass", {})
    best = min([(e["ms"], n) for n, e in st.items() if n in _pyrites(results) and "ms" in e], default=None)
    if best:
        rows.append(("startup `-c pass`", "< 2 ms", f"{best[0]:.2f} ms ({best[1]})", best[0] < 2))
    objs = results.get("objects", {}).get("kinds", {})
    for kind in ("instance2", "instance8"):
        row = objs.get(kind, {})
        c = row.get(CPY, {}).get("bytes")
        ps = [(e["bytes"], n) for n, e in row.items() if n in _pyrites(results) and "bytes" in e]
        if c and ps:
            b, n = min(ps)
            rows.append((f"{kind} size vs CPython", "≤ 0.5×", f"{b / c:.2f}× ({b:.0f} vs {c:.0f} B, {n})", b / c <= 0.5))
        cm = row.get(CPY, {}).get("marginal")
        ms = [(e["marginal"], n) for n, e in row.items() if n in _pyrites(results) and "marginal" in e]
        if cm and ms:
            b, n = min(ms)
            rows.append((f"{kind} size vs CPython, n to 2n", "≤ 0.5×", f"{b / cm:.2f}× ({b:.0f} vs {cm:.0f} B, {n})", b / cm <= 0.5))
    sizes = [(e["bytes"], n) for n, e in results.get("size", {}).items() if n in _pyrites(results)]
    if sizes:
        b, n = min(sizes)
        rows.append(("interpreter binary (stripped, host)", "< 1.5 MB", f"{b / 1e6:.2f} MB ({n})", b < 1.5e6))
    for wl, row in results.get("pauses", {}).items():
        e = row.get("pyrite incremental")
        if e and "max_ms" in e:
            rows.append((f"max pause, incremental, {wl}", "< 1 ms", f"{e['max_ms']:.2f} ms", e["max_ms"] < 1))
    return rows


def write(out_dir, results):
    cols = _cols(results)
    L = ["# Pyrite measurement report", "",
         f"Run {results['date']} on {results['machine']} ({results['cores']} cores)"
         f"{', quick mode' if results['quick'] else ''}. Every figure below comes from this one run of `bench/run`;",
         "bench/README.md explains how each is measured.", ""]
    L += ["Interpreters: " + "; ".join(f"{n} ({v})" for n, v in results.get("versions", {}).items()) +
          f"; Pyrite translated with `--gc` = {', '.join(results['policies'])} (C backend, the default `-O 3`).", ""]

    rows = goals(results)
    if rows:
        L += ["## Goals", ""] + _table(["goal", "target", "measured", "met"], [(g, t, m, "yes" if ok else "**no**") for g, t, m, ok in rows])

    if "speed" in results:
        L += ["## Speed", "", f"Median wall time in seconds of {results['runs']} run(s) at scale {results.get('scale', '1')}; output checked against CPython's.", ""]
        body = []
        for bench, row in results["speed"].items():
            body.append([bench] + [_cell(row.get(c), "seconds", lambda v: f"{v:.3f}") +
                                   (" (wrong output)" if row.get(c, {}).get("wrong_output") else "") for c in cols])
        L += _table(["benchmark"] + cols, body)
        ratios = speed_ratios(results)
        others = [c for c in cols if c != CPY]
        body = [[b] + [f"{ratios[(b, c)]:.2f}" if (b, c) in ratios else "—" for c in others] for b in results["speed"]]
        body.append(["**geometric mean**"] + [(f"**{g:.2f}**" if g else "—") for g in
                                              (_geomean([ratios.get((b, c)) for b in results["speed"]]) for c in others)])
        L += ["Time relative to CPython 3.11 (lower is faster):", ""] + _table(["benchmark"] + others, body)
        if PYPY in cols:
            pr = {}
            for b, row in results["speed"].items():
                base = row.get(PYPY, {}).get("seconds")
                for c in _pyrites(results):
                    if base and (b, c) in ratios:
                        pr[(b, c)] = row[c]["seconds"] / base
            body = [[b] + [f"{pr[(b, c)]:.2f}" if (b, c) in pr else "—" for c in _pyrites(results)] for b in results["speed"]]
            body.append(["**geometric mean**"] + [(f"**{g:.2f}**" if g else "—") for g in
                                                  (_geomean([pr.get((b, c)) for b in results["speed"]]) for c in _pyrites(results))])
            L += ["Time relative to PyPy3 (lower is faster):", ""] + _table(["benchmark"] + _pyrites(results), body)
        svg.bars(os.path.join(out_dir, "speed.svg"), "Time relative to CPython 3.11 (log scale; < 1 is faster)",
                 list(results["speed"]), others, ratios, "time / CPython time")
        L += ["![speed ratios](speed.svg)", ""]

    if "startup" in results:
        L += ["## Startup", "", "Median wall time in ms from spawn to exit (stdout/stderr to /dev/null).", ""]
        L += _table(["command"] + cols, [[lab] + [_cell(row.get(c), "ms", lambda v: f"{v:.2f}") for c in cols]
                                         for lab, row in results["startup"].items()])

    if "objects" in results:
        n = results["objects"]["n"]
        L += ["## Object sizes", "", f"Bytes per object: growth of peak RSS from 0 to {n:,} live objects of one kind held in a list,",
              "divided by the count (the list's slot, the object and its allocator overhead). After the slash: the growth",
              f"from {n:,} to {2 * n:,} objects, which leaves out fixed costs a large run pays once (a nursery filling up).",
              "Pyrite cells add the ratios to CPython's.", ""]
        body = []
        for kind, row in results["objects"]["kinds"].items():
            c = row.get(CPY, {}).get("bytes")
            cells = []
            for col in cols:
                e = row.get(col)
                cell = _cell(e, "bytes", lambda v: f"{v:.0f}")
                cm = row.get(CPY, {}).get("marginal")
                if col in _pyrites(results) and c and e and "bytes" in e:
                    cell += f" ({e['bytes'] / c:.2f}×)"
                if e and "marginal" in e:
                    cell += f" / {e['marginal']:.0f}"
                    if col in _pyrites(results) and cm:
                        cell += f" ({e['marginal'] / cm:.2f}×)"
                cells.append(cell)
            body.append([kind] + cells)
        L += _table(["object"] + cols, body)

    if "size" in results:
        L += ["## Interpreter size", ""] + _table(["interpreter", "MB", "what is counted"], [
            [n, f"{e['bytes'] / 1e6:.2f}", e["what"]] for n, e in results["size"].items()])

    if "pauses" in results:
        L += ["## GC pauses", "", "Pyrite: every collection, from `PYRITE_GC_PAUSE_LOG`. CPython: its cycle collections (`gc.callbacks`);",
              "reference counting frees the rest outside any pause. PyPy: minor collections and major-collection steps (`gc.hooks`).", ""]
        for wl, row in results["pauses"].items():
            L += [f"### {wl}", ""]
            metrics = [("pauses", "count", lambda v: str(v)), ("max pause ms", "max_ms", lambda v: f"{v:.2f}"),
                       ("p99 pause ms", "p99_ms", lambda v: f"{v:.2f}"), ("total pause ms", "total_ms", lambda v: f"{v:.1f}"),
                       ("wall time s", "seconds", lambda v: f"{v:.2f}"), ("peak RSS MB", "peak_rss_mb", lambda v: f"{v:.0f}")]
            L += _table(["measurement"] + cols, [[m] + [_cell(row.get(c), k, f) for c in cols] for m, k, f in metrics])
            series = [(c, row[c].get("pauses_us", [])) for c in cols if c in row and "pauses_us" in row[c]]
            svg.histogram(os.path.join(out_dir, f"pauses-{wl}.svg"), f"GC pause lengths: {wl}", series)
            L += [f"![pause histogram](pauses-{wl}.svg)", ""]

    if "instructions" in results:
        L += ["## Instruction counts", "", "Millions of instructions from `valgrind --tool=callgrind` (independent of machine noise).", ""]
        subj = sorted({n for row in results["instructions"].values() for n in row}, key=cols.index)
        L += _table(["case"] + subj, [[lab] + [f"{row[s] / 1e6:.1f}" if row.get(s) else "—" for s in subj]
                                      for lab, row in results["instructions"].items()])

    if "arm" in results and results["arm"]:
        L += ["## armv5-maemo (qemu-arm)", "", "Stripped size, and guest instructions counted under `qemu-arm -singlestep -d exec`.",
              "Wall time under qemu is emulation time and is not reported. No CPython or PyPy build for armv5 is on this machine.", ""]
        labs = sorted({k for e in results["arm"].values() for k in e["instructions"]})
        L += _table(["variant", "stripped MB"] + [f"{l} (M instr)" for l in labs], [
            [n, f"{e['stripped_bytes'] / 1e6:.2f}"] + [f"{e['instructions'][l] / 1e6:.1f}" if e["instructions"].get(l) else "—" for l in labs]
            for n, e in results["arm"].items()])

    open(os.path.join(out_dir, "report.md"), "w").write("\n".join(L))
