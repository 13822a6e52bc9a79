# Exceptions and generators: an exception raised inside a generator
# propagates to the consumer, a generator is finished after raising,
# StopIteration leaking out of a generator becomes RuntimeError, and an
# uncaught error inside a generator shows both frames in the traceback.

def parse_numbers(lines):
    for line in lines:
        yield int(line)

gen = parse_numbers(["1", "2", "oops", "4"])
print(next(gen), next(gen))
try:
    next(gen)
except ValueError as e:
    print("consumer caught:", e)
print("after the error:", list(gen))

def safe_numbers(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            yield -1

print(list(safe_numbers(["5", "x", "7"])))

def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))

try:
    print(list(first_of_each([[1], [2], []])))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def guarded():
    try:
        yield "working"
        yield "still working"
    finally:
        print("generator cleanup")

for step in guarded():
    print(step)

def averages(batches):
    for batch in batches:
        yield sum(batch) / len(batch)

results = []
for avg in averages([[1, 2, 3], [10], []]):
    results.append(avg)
    print("average", avg)
