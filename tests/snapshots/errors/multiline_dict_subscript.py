def show(label, value):
    print(label, value)

prices = {"apple": 3, "pear": 4}
show(
    "total",
    {
        "apple": prices["apple"],
        "pear": prices["pear"],
        "plum": prices["plum"],
    },
)
