def lookup():
    table = {"日本語": 1}
    return table["日本語"] + table["中文"]


lookup()
