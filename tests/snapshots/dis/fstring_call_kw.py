name = "w"
print(f"{name!r:>10} {3.5:.2f}", sep="", end="\n")
print(*[1, 2], **{"sep": "-"})
