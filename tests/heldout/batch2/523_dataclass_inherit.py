from dataclasses import dataclass, field, is_dataclass
@dataclass
class Animal:
    name: str
    legs: int = 4
    def speak(self):
        return f"{self.name} makes a sound"
@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True
    def speak(self):
        return f"{self.name} tweets"
b = Bird("tweety")
print(b, b.speak(), Animal("cat").speak())
print(is_dataclass(b), is_dataclass(Bird), is_dataclass(3))
@dataclass(eq=False)
class Handle:
    value: int
h1, h2 = Handle(1), Handle(1)
print(h1 == h2, h1 == h1)
@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        return self
inv = Inventory().add("apple").add("apple", 2).add("kiwi")
print(inv)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(type(e).__name__)
