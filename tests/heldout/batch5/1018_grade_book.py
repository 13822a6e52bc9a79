# a grade book: grouping, averaging, ranking
raw = """alice,math,91
bob,math,78
alice,physics,85
carol,math,88
bob,physics,92
carol,physics,70
dave,math,55
alice,chem,99
dave,chem,61"""
records = [(n, s, int(g)) for n, s, g in (line.split(",") for line in raw.splitlines())]
by_student = {}
by_subject = {}
for name, subject, grade in records:
    by_student.setdefault(name, {})[subject] = grade
    by_subject.setdefault(subject, []).append(grade)
def letter(score):
    for cutoff, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return l
    return "F"
print(f"{'student':<8} {'avg':>6} {'grade':>5} subjects")
averages = {}
for name in sorted(by_student):
    subj = by_student[name]
    avg = sum(subj.values()) / len(subj)
    averages[name] = avg
    print(f"{name:<8} {avg:6.2f} {letter(avg):>5} {', '.join(sorted(subj))}")
print()
for subject, grades in sorted(by_subject.items()):
    print(f"{subject}: n={len(grades)} min={min(grades)} max={max(grades)} mean={sum(grades)/len(grades):.1f}")
ranking = sorted(averages.items(), key=lambda kv: kv[1], reverse=True)
for rank, (name, avg) in enumerate(ranking, 1):
    print(f"#{rank} {name} ({avg:.1f})")
dist = {}
for _, _, g in records:
    dist[letter(g)] = dist.get(letter(g), 0) + 1
print(" ".join(f"{k}:{dist.get(k, 0)}" for k in "ABCDF"))
top_per_subject = {s: max((g, n) for n, ss, g in records if ss == s)[1] for s in by_subject}
print(dict(sorted(top_per_subject.items())))
