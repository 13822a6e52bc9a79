text = """\
First line
    indented line
Last line"""
print(text)
lines = text.splitlines()
print(len(lines), [l.strip() for l in lines])
import textwrap
doc = """
    Hello
      World
    """
print(repr(textwrap.dedent(doc)))
print(textwrap.fill("the quick brown fox jumps over the lazy dog", width=15))
print(textwrap.indent("a\nb", "> "))
print(textwrap.shorten("Hello world, this is long", width=15))
