from typing import TypedDict
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__)
print(m["title"], isinstance(m, dict))
m2 = Movie(title="Heat", year=1995)
print(m2, type(m2) is dict)
print(sorted(Movie.__annotations__))
class Partial(TypedDict, total=False):
    a: int
print(Partial(), Partial.__total__, Movie.__total__)
print(sorted(Movie.__required_keys__))
