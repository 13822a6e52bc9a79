from enum import Enum, StrEnum
class Mood(str, Enum):
    HAPPY = "happy"
    SAD = "sad"
print(Mood.HAPPY == "happy", Mood.HAPPY.value.upper())
print(sorted(m.value for m in Mood))
class Http(StrEnum):
    GET = "GET"
    POST = "POST"
print(Http.GET, Http.GET == "GET", "method: " + Http.POST)
print(f"{Http.POST}")
d = {Mood.SAD: 1}
print(d[Mood.SAD])
print(Mood.__members__["SAD"] is Mood.SAD)
