from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary")
Point = namedtuple("Point", ["x", "y"], defaults=[0])
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee(name="cy", salary=110, dept="eng")]
for e in staff:
    print(e, e.name, e[2])
print(Employee._fields, Point._field_defaults)
print(Point(1), Point(1, 2), Point._make([5, 6]), Point(3, 4)._asdict())
raised = [e._replace(salary=e.salary * 11 // 10) for e in staff]
print(raised)
print(sorted(staff, key=lambda e: e.salary)[0].name, max(staff, key=lambda e: e.salary))
name, dept, salary = staff[1]
print(name, dept, salary, staff[0] == ("ann", "eng", 120), isinstance(staff[0], tuple))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
p = Point(3, 4)
print(p.x ** 2 + p.y ** 2, p + (5,), len(p), list(p), hash(p) == hash((3, 4)))
try:
    p.x = 10
except AttributeError:
    print("AttributeError: namedtuple fields are read-only")
try:
    Employee("x", "y")
except TypeError as e:
    print("TypeError:", "salary" in str(e))
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", ["a", "a", "def"], rename=True)
print(R._fields)


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5

    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"


q = Point3(1, 2, 2)
print(q.norm, str(q), repr(q), q._replace(z=0))
