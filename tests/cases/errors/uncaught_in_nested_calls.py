# exception raised deep in nested calls propagates to the top level
def parse(token):
    return int(token)

def parse_all(tokens):
    return [parse(t) for t in tokens]

def main():
    print(parse_all(["1", "2", "3"]))
    try:
        parse_all(["x"])
    except ValueError:
        print("first bad input handled")
    print("now parsing bad input")
    print(parse_all(["4", "five", "6"]))

main()
