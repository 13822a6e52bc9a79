import textwrap
s = """
    def f():
        return 1
    x = 2
"""
print(repr(textwrap.dedent(s)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("   x\n     y\n")))
