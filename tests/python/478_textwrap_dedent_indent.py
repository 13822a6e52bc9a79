# textwrap.dedent, indent (with predicate) and shorten
import textwrap

block = """
    def f():
        return 1

    x = f()
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\t b\n")))
print(repr(textwrap.dedent("   same\n   indent\n   \n")))
print(repr(textwrap.dedent("no indent\n  some\n")))
print(textwrap.indent("line1\nline2\n\nline4\n", "> "), end="")
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="..."))
