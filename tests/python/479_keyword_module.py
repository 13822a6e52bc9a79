# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print([w for w in ["if", "match", "print", "None", "async", "self", "_"] if keyword.iskeyword(w)])
print([w for w in ["if", "match", "case", "_", "type"] if keyword.issoftkeyword(w)])
print(keyword.iskeyword("If"), keyword.iskeyword(""))
