"""Plain SVG charts for the benchmark report: no plotting library needed.

bars(): grouped horizontal bars, one group per row label, one bar per series, with a
vertical reference line (ratio 1.0) on a log scale.
histogram(): counts of values in logarithmic bins, one panel per series.
"""
import math

COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bars(path, title, rows, series, values, unit_label):
    """values[(row, series)] = ratio (> 0) or None; drawn on a log10 axis around 1."""
    present = [v for v in values.values() if v]
    lo = min(present + [0.5]) / 1.5
    hi = max(present + [2.0]) * 1.5
    left, width, bar_h, gap = 150, 560, 12, 10
    group_h = bar_h * len(series) + gap
    height = 70 + group_h * len(rows) + 20 * len(series)

    def x(v):
        return left + width * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 40}" height="{height}" font-family="sans-serif" font-size="11">',
           f'<text x="10" y="18" font-size="14">{_esc(title)}</text>']
    y = 40
    for row in rows:
        out.append(f'<text x="{left - 6}" y="{y + group_h / 2}" text-anchor="end">{_esc(row)}</text>')
        for i, s in enumerate(series):
            v = values.get((row, s))
            if v:
                x0, x1 = x(min(v, 1.0)), x(max(v, 1.0))
                out.append(f'<rect x="{x0:.1f}" y="{y + i * bar_h}" width="{max(x1 - x0, 1):.1f}" height="{bar_h - 2}" fill="{COLOURS[i % len(COLOURS)]}"/>')
                out.append(f'<text x="{x1 + 3:.1f}" y="{y + i * bar_h + bar_h - 3}" font-size="9">{v:.2f}</text>')
        y += group_h
    for tick in [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000]:
        if lo <= tick <= hi:
            out.append(f'<line x1="{x(tick):.1f}" y1="35" x2="{x(tick):.1f}" y2="{y}" stroke="{"#000" if tick == 1 else "#ccc"}"/>')
            out.append(f'<text x="{x(tick):.1f}" y="{y + 12}" text-anchor="middle">{tick}</text>')
    out.append(f'<text x="{left + width / 2}" y="{y + 26}" text-anchor="middle">{_esc(unit_label)}</text>')
    y += 40
    for i, s in enumerate(series):
        out.append(f'<rect x="{left}" y="{y + i * 16 - 9}" width="10" height="10" fill="{COLOURS[i % len(COLOURS)]}"/>')
        out.append(f'<text x="{left + 14}" y="{y + i * 16}">{_esc(s)}</text>')
    out.append(f'<rect width="100%" height="100%" fill="none"/></svg>')
    out[0] = out[0].replace(f'height="{height}"', f'height="{y + 16 * len(series) + 10}"')
    open(path, "w").write("\n".join(out) + "\n")


def histogram(path, title, series_values, unit="µs"):
    """series_values: [(name, [values in µs])]; bins are powers of 2 from 1 µs."""
    nbins = 24
    panels = [(n, v) for n, v in series_values if v]
    panel_h, left, width = 90, 130, 520
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 30}" height="{50 + panel_h * max(len(panels), 1) + 30}" font-family="sans-serif" font-size="11">',
           f'<text x="10" y="18" font-size="14">{_esc(title)}</text>']
    y = 35
    bw = width / nbins
    for idx, (name, vals) in enumerate(panels):
        counts = [0] * nbins
        for v in vals:
            b = 0 if v < 1 else min(nbins - 1, int(math.log2(v)) + 1)
            counts[b] += 1
        top = max(counts)
        out.append(f'<text x="{left - 6}" y="{y + panel_h / 2}" text-anchor="end">{_esc(name)}</text>')
        out.append(f'<text x="{left - 6}" y="{y + panel_h / 2 + 13}" text-anchor="end" font-size="9">n={len(vals)}</text>')
        for b, c in enumerate(counts):
            if c:
                h = (panel_h - 15) * math.log10(c + 1) / math.log10(top + 1)
                out.append(f'<rect x="{left + b * bw:.1f}" y="{y + panel_h - 10 - h:.1f}" width="{bw - 1:.1f}" height="{h:.1f}" fill="{COLOURS[idx % len(COLOURS)]}"/>')
        out.append(f'<line x1="{left}" y1="{y + panel_h - 10}" x2="{left + width}" y2="{y + panel_h - 10}" stroke="#999"/>')
        y += panel_h
    for b in range(0, nbins, 3):
        label = "<1" if b == 0 else _fmt_us(2 ** (b - 1))
        out.append(f'<text x="{left + b * bw:.1f}" y="{y + 4}" font-size="9">{label}</text>')
    out.append(f'<text x="{left + width / 2}" y="{y + 20}" text-anchor="middle">pause length ({unit}, log2 bins; bar height log scale)</text>')
    out.append("</svg>")
    open(path, "w").write("\n".join(out) + "\n")


def _fmt_us(v):
    if v >= 1000000:
        return f"{v // 1000000}s"
    if v >= 1000:
        return f"{v // 1000}ms"
    return f"{v}µs"
