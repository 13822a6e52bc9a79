import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("short", width=20))
print(textwrap.shorten(text, width=40, placeholder=" [more]"))
code = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("line1\nline2\n\nline4", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("one\ttwo", 20))
w = textwrap.TextWrapper(width=25, max_lines=2, placeholder="...")
print(w.wrap(text))
print(textwrap.fill("a-very-long-hyphenated-word-here", width=12))
print(textwrap.dedent("  a\n    b\n  c"), textwrap.dedent("\tx\n\ty") == "x\ny")
