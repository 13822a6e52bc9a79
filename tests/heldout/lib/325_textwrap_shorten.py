import textwrap
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world and more", width=15, placeholder="..."))
print(textwrap.shorten("   lots   of    space   ", width=50))
try:
    textwrap.shorten("abc def", width=2)
except ValueError as e:
    print(type(e).__name__, e)
