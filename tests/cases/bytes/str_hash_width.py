# str hashes equal CPython's for non-ASCII text (its 1/2/4-byte storage), so a Latin-1 str
# hashes as its Latin-1 bytes, and sets of non-ASCII strs iterate in CPython's order.
print(hash('é') == hash('é'.encode('latin-1')), hash('aé') == hash(b'a\xe9'))
print(hash('€') == hash('€'.encode('utf-16-le')), hash('a€') == hash('a€'.encode('utf-16-le')))
print(hash('a𝄞') == hash('a𝄞'.encode('utf-32-le')))
print(hash('€'), hash('é'), hash('𝄞x'), hash('ÿ'), hash('Ā'))
print({'é', 'ü', 'ñ', 'ö', 'å', 'ø', 'ç', '€', 'ß'})
print(list({'日本': 1, '中文': 2, 'naïve': 3, 'café': 4, '😀': 5}.keys()))
print(set('héllo wörld €𝄞'))
d = {}
for w in ['é', 'ü', 'ñ', 'é']:
    d[w] = d.get(w, 0) + 1
print(d)
