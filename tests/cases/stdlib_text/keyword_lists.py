import keyword
print(keyword.kwlist, keyword.softkwlist, keyword.__all__, len(keyword.kwlist))
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('if'))
try: keyword.iskeyword([])
except Exception as e: print(type(e).__name__, e)
print(sorted(keyword.kwlist) == keyword.kwlist)
