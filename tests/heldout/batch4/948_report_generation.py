# realistic program: text report with string.Template, textwrap and format specs
from string import Template
import textwrap
students = [
    {'name': 'Ada Lovelace', 'scores': [95, 88, 92], 'note': 'Consistently excellent work across all assignments; shows deep understanding of the material.'},
    {'name': 'Alan Turing', 'scores': [78, 85, 91], 'note': 'Improving steadily.'},
    {'name': 'Grace Hopper', 'scores': [88, 94, 79], 'note': 'Strong practical skills, occasionally rushes written answers which costs marks.'},
]
header = Template('Report for $course ($term)\n$rule')
print(header.substitute(course='CS101', term='Fall', rule='=' * 40))
row = Template('${name}: avg=${avg} best=${best} grade=${grade}')
def grade(avg):
    for cutoff, g in ((90, 'A'), (80, 'B'), (70, 'C')):
        if avg >= cutoff:
            return g
    return 'F'
for s in students:
    avg = sum(s['scores']) / len(s['scores'])
    print(row.substitute(name=s['name'], avg=f'{avg:.1f}', best=max(s['scores']), grade=grade(avg)))
    print(textwrap.indent(textwrap.fill(s['note'], width=36), '    | '))
print('-' * 40)
print(f"{'Name':<14}{'S1':>5}{'S2':>5}{'S3':>5}{'Avg':>8}")
for s in students:
    sc = s['scores']
    print(f"{s['name']:<14}" + ''.join(f'{x:>5d}' for x in sc) + f'{sum(sc) / 3:>8.2f}')
cols = list(zip(*(s['scores'] for s in students)))
print(f"{'Mean':<14}" + ''.join(f'{sum(c) / len(c):>5.1f}' for c in cols))
print(f"{'Max':<14}" + ''.join(f'{max(c):>5}' for c in cols))
print(Template('$$ literal, ${missing} kept').safe_substitute())
