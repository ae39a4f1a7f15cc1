# A tiny template engine: "{{ expr }}" parts are eval'd against a context, "{% stmt %}"
# lines exec'd, with a shared namespace.
def render(template, **context):
    out = []
    ns = dict(context)
    for line in template.splitlines():
        s = line.strip()
        if s.startswith("{%") and s.endswith("%}"):
            exec(s[2:-2].strip(), {}, ns)
            continue
        while "{{" in line:
            a = line.index("{{")
            b = line.index("}}", a)
            line = line[:a] + str(eval(line[a + 2:b], {}, ns)) + line[b + 2:]
        out.append(line)
    return "\n".join(out)
print(render("""Hello {{ name.title() }}!
{% total = sum(items) %}
{% avg = total / len(items) %}
Items: {{ ', '.join(map(str, items)) }}
Total {{ total }}, average {{ round(avg, 2) }}""", name="ada lovelace", items=[3, 4, 8]))
