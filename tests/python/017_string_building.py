# Iterating over strings and building new ones.
def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out

msg = "Hello, World!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(enc, 23) == msg)

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalpha()]
    return cleaned == cleaned[::-1]

for s in ["Racecar", "A man, a plan, a canal: Panama", "pyrite"]:
    print(repr(s), is_palindrome(s))
vowels = 0
for c in "the quick brown fox":
    if c in "aeiou":
        vowels += 1
print("vowels:", vowels)
print("|".join([str(i) for i in range(5)]), "-" * 20)
