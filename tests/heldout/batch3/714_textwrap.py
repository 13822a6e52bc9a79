import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with "
        "five dozen liquor jugs. How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
block = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "> "))
w = textwrap.TextWrapper(width=12, break_long_words=True)
print(w.wrap("supercalifragilistic word"))
