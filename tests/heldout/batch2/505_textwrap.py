import textwrap
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, width=20))
print(textwrap.fill(text, width=30))
print(textwrap.shorten(text, width=30), textwrap.shorten("short", width=30))
print(textwrap.shorten(text, width=25, placeholder="..."))
block = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("x\ny", "+", predicate=lambda l: l.startswith("y")))
w = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ")
print(w.fill(text))
