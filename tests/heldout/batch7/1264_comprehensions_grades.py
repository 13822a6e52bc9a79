records = [
    ("alice", "math", 91), ("bob", "math", 78), ("alice", "art", 85),
    ("carol", "math", 62), ("bob", "art", 94), ("carol", "art", 71),
    ("dave", "math", 55), ("dave", "art", 88), ("alice", "bio", 77),
]

students = sorted({name for name, _, _ in records})
subjects = sorted({subj for _, subj, _ in records})
print(students, subjects)

by_student = {s: {subj: score for name, subj, score in records if name == s} for s in students}
print(by_student)

averages = {s: round(sum(d.values()) / len(d), 1) for s, d in by_student.items()}
print(averages)

passing = [name for name, subj, score in records if subj == "math" if score >= 60]
print(passing)

grid = [[by_student[s].get(subj, "-") for subj in subjects] for s in students]
for s, row in zip(students, grid):
    print(f"{s:6}", " ".join(f"{c!s:>3}" for c in row))

transposed = [[row[i] for row in grid] for i in range(len(subjects))]
print(transposed)

flat = [score for row in grid for score in row if isinstance(score, int)]
print(len(flat), sum(flat), max(flat))

letter = lambda sc: "A" if sc >= 90 else "B" if sc >= 80 else "C" if sc >= 70 else "F"
hist = {g: sum(1 for _, _, sc in records if letter(sc) == g) for g in "ABCF"}
print(hist)

pairs = [(a, b) for i, a in enumerate(students) for b in students[i + 1:]]
print(pairs)

gen = (sc for _, _, sc in records)
print(next(gen), sum(gen))

x = "outer"
vals = [x for x in range(3)]
print(x, vals)
print({n % 3: n for n in range(10)})
print(sorted({c.lower() for c in "Mississippi"}))
