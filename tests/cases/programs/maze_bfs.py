# breadth-first search shortest path through a text maze
MAZE = [
    "##########",
    "#S.....#.#",
    "#.##.#.#.#",
    "#.#..#...#",
    "#.#.####.#",
    "#...#..#.#",
    "###.#.##.#",
    "#.....#..#",
    "#.###...E#",
    "##########",
]

def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    raise ValueError("no " + ch)

def bfs(start, goal):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if MAZE[nxt[0]][nxt[1]] != "#" and nxt not in came_from:
                came_from[nxt] = cur
                queue.append(nxt)
    if goal not in came_from:
        return None, head
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1], head

start, goal = find("S"), find("E")
print("start", start, "goal", goal)
path, explored = bfs(start, goal)
print("path length", len(path) - 1, "explored", explored)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
print(path[:4], path[-3:])
blocked_path, n = bfs((1, 1), (1, 8))
print("to (1, 8):", None if blocked_path is None else len(blocked_path) - 1, n)
