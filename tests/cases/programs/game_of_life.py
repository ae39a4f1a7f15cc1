# Conway's Game of Life on a small bounded grid for a few generations
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}

def neighbors(cell):
    r, c = cell
    return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]

def step(live, height, width):
    counts = {}
    for cell in live:
        for n in neighbors(cell):
            if 0 <= n[0] < height and 0 <= n[1] < width:
                counts[n] = counts.get(n, 0) + 1
    return {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in live)}

def render(live, height, width):
    return ["".join("#" if (r, c) in live else "." for c in range(width)) for r in range(height)]

start = [
    "..........",
    "...#......",
    "....#.....",
    "..###.....",
    "..........",
    "......##..",
    "......##..",
    "..........",
]
H, W = len(start), len(start[0])
live = parse(start)
for gen in range(5):
    print(f"generation {gen}: {len(live)} alive")
    for line in render(live, H, W):
        print(line)
    live = step(live, H, W)
blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
states = [sorted(blinker)]
for _ in range(4):
    blinker = step(blinker, 5, 5)
    states.append(sorted(blinker))
print("blinker period 2:", states[0] == states[2] == states[4], states[0] != states[1])
