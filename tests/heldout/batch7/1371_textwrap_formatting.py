import textwrap

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
print(textwrap.fill(para, width=30))
print("---")
for line in textwrap.wrap(para, width=40):
    print(f"|{line:<40}|")
print(textwrap.wrap("", 10), textwrap.wrap("short", 10), textwrap.wrap("supercalifragilistic", 8))
print(textwrap.wrap("supercalifragilistic word", 8, break_long_words=False))
print(textwrap.shorten(para, width=40), "|", textwrap.shorten("Hello  world", 20), "|", textwrap.shorten(para, 25, placeholder="..."))
code = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda ln: True))
print(textwrap.fill(para, width=36, initial_indent="* ", subsequent_indent="  "))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [..]")
print(w.fill(para))
print(textwrap.fill("tab\tseparated\twords here", width=12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("hyphenated-word-example in text", width=12))
print(textwrap.wrap("hyphenated-word-example in text", width=12, break_on_hyphens=False))
