# bench: pystone-like synthetic workload: records, globals, small procedures, int/char/string ops
import sys

RED, GREEN, BLUE, CYAN, MAGENTA = range(5)


class Record:
    def __init__(self, link=None, kind=0, color=RED, number=0, text=""):
        self.link = link
        self.kind = kind
        self.color = color
        self.number = number
        self.text = text

    def clone(self):
        return Record(self.link, self.kind, self.color, self.number, self.text)


g_int = 0
g_flag = False
g_char_a = "\0"
g_char_b = "\0"
g_row = [0] * 51
g_grid = [[0] * 51 for _ in range(51)]
g_rec = None
g_next = None


def shade_after(color):
    """A small state machine over the colors."""
    if color == RED:
        return GREEN
    if color == GREEN:
        return BLUE if g_int > 100 else RED
    if color == BLUE:
        return CYAN
    if color == CYAN:
        return MAGENTA
    return RED


def is_warm(color):
    return color == RED or color == MAGENTA


def mix(a, b):
    global g_char_a
    g_char_a = a
    if a != b:
        return RED
    return GREEN


def text_less(s1, s2):
    """Compare two strings from their third char on, the way a hand-written routine might."""
    i = 2
    while i < len(s1) and s1[i] == s2[i]:
        i += 1
    if i == len(s1):
        return False
    if s1[i] > s2[i]:
        return False
    if mix(s1[i], s2[i]) == RED:
        return True
    return s1 < s2


def bump(n):
    global g_int
    if g_char_a == "A":
        n += 10
        g_int = n - 7 * (n // 7)
    return n + g_int


def fill_tables(seed, k):
    global g_int
    base = seed + 5
    g_row[base] = k
    g_row[base + 1] = g_row[base]
    g_row[base + 30] = base
    for j in range(base, base + 2):
        g_grid[base][j] = base
    g_grid[base][base - 1] += 1
    g_grid[base + 20][base] = g_row[base]
    g_int = 5
    return g_grid[base][base]


def update_record(rec):
    nxt = rec.link
    nxt.number = rec.number
    nxt.kind = rec.kind
    nxt.text = rec.text
    rec.number = 5
    nxt.number = rec.number
    nxt.link = rec.link
    if nxt.kind == 0:
        nxt.number = 6
        nxt.color = shade_after(rec.color)
        nxt.link = g_rec.link
        nxt.number = (nxt.number * 3 + 10) % 97
    else:
        rec.number = nxt.number
        rec.color = nxt.color
    return rec


def char_step():
    global g_flag, g_char_b
    g_flag = g_char_a == "A" or g_flag
    g_char_b = "B"


def count_down(n):
    while True:
        if g_char_a == "A":
            n -= 1
            if n <= 0:
                return n + g_int
        else:
            return n


def run(loops):
    global g_rec, g_next, g_int, g_flag, g_char_a
    g_next = Record()
    g_rec = Record(g_next, 0, CYAN, 40, "PYSTONE-LIKE RECORD, SOME STRING")
    word1 = "PYSTONE-LIKE PROGRAM, 1ST STRING"
    word2 = ""
    checksum = 0
    for i in range(loops):
        g_int = 0
        g_flag = False
        char_step()
        g_char_a = "A"
        a = 2
        b = 3
        word2 = "PYSTONE-LIKE PROGRAM, 2ND STRING"
        color = BLUE
        g_flag = not text_less(word1, word2)
        c = 0
        while a < b:
            c = 5 * a - b
            c = bump(c)
            a += 1
        c = fill_tables(a % 40, c)
        rec = update_record(g_rec)
        ch = "A"
        while ch <= g_char_b:
            if color == mix(ch, "C"):
                color = shade_after(color)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        c = 7 * (c - b) - a
        a = count_down(a)
        if is_warm(rec.color):
            c += 1
        copy = rec.clone()
        checksum = (checksum * 31 + a + b + c + copy.number + copy.color + len(copy.text)
                    + (1 if g_flag else 0) + g_int) % 1000000007
        if i % 1000 == 0:
            g_rec.text = word2[:12] + str(i)
    return checksum


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    loops = max(1, int(100000 * scale))
    checksum = run(loops)
    print("loops:", loops)
    print("checksum:", checksum)
    print("globals:", g_int, g_flag, g_char_a, g_char_b, g_row[8], g_grid[8][7], g_rec.text)


main()
