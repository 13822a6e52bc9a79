# bench: string workload: split/join/replace/format/concatenation/slicing/find/case methods
import sys

WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
         "november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()


def make_line(i):
    n = len(WORDS)
    parts = []
    for k in range(8):
        parts.append(WORDS[(i * 7 + k * k + k) % n])
    return " ".join(parts)


def make_text(lines):
    out = []
    for i in range(lines):
        out.append("%04d: %s." % (i, make_line(i)))
    return "\n".join(out)


def word_stats(text):
    longest = ""
    letters = 0
    words = 0
    for line in text.split("\n"):
        head, sep, body = line.partition(": ")
        for w in body.rstrip(".").split(" "):
            words += 1
            letters += len(w)
            if len(w) > len(longest) or (len(w) == len(longest) and w < longest):
                longest = w
    return words, letters, longest


def rewrite(text):
    t = text.replace("alpha", "ALPHA").replace("echo", "e-c-h-o").replace(" ", "_")
    t = t.upper().lower().title()
    return t


def find_all(text, needle):
    count = 0
    pos = text.find(needle)
    last = -1
    while pos >= 0:
        count += 1
        last = pos
        pos = text.find(needle, pos + 1)
    return count, last


def build_report(lines):
    blocks = []
    block = ""
    for i, line in enumerate(lines):
        num, _, rest = line.partition(":")
        block += "{0:>6}|{1:<12}|{2}\n".format(int(num), rest[1:12].strip(), len(rest))
        if i % 50 == 49:
            blocks.append(block)
            block = ""
    blocks.append(block)
    return ("-" * 20 + "\n").join(blocks)


def slices(text):
    acc = 0
    n = len(text)
    for i in range(0, n - 16, 7):
        chunk = text[i:i + 16]
        rev = chunk[::-1]
        if chunk[0] == rev[-1]:
            acc += 1
        if chunk.startswith("o") or chunk.endswith("a"):
            acc += 2
        acc += chunk.count("e")
    return acc


def checksum(s):
    h = 0
    for ch in s[::3]:
        h = (h * 33 + ord(ch)) % 1000000007
    return h


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    result = []
    for r in range(max(1, int(scale * 24))):
        text = make_text(1500 + r)
        words, letters, longest = word_stats(text)
        t2 = rewrite(text)
        cnt, last = find_all(text, "tango")
        report = build_report(text.splitlines())
        sl = slices(text)
        cs = checksum(t2) ^ checksum(report)
        fields = [str(words), str(letters), longest, str(cnt), str(last), str(sl), str(cs), str(len(report))]
        result.append(",".join(fields))
    print(result[0])
    print(result[-1])
    print(t2[:60])
    print(report.splitlines()[49])
    print(f"{len(text)} chars, {text.count(chr(10)) + 1} lines, ratio {len(t2) / len(text):.4f}")


main()
