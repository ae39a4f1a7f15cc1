# tic-tac-toe: play scripted games, detect winners, and minimax on a late position
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None

def show(board):
    for r in range(3):
        print(" " + " ".join(board[r * 3:r * 3 + 3]))

def play(moves):
    board = ["."] * 9
    player = "X"
    for m in moves:
        if board[m] != ".":
            raise ValueError(f"square {m} taken")
        board[m] = player
        result = winner(board)
        if result:
            return board, result
        player = "O" if player == "X" else "X"
    return board, None

def minimax(board, player):
    result = winner(board)
    if result == "X":
        return 1, None
    if result == "O":
        return -1, None
    if result == "draw":
        return 0, None
    best = None
    for i in range(9):
        if board[i] == ".":
            board[i] = player
            score, _ = minimax(board, "O" if player == "X" else "X")
            board[i] = "."
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
    return best

for moves in [[0, 3, 1, 4, 2], [4, 0, 8, 2, 1, 7, 6, 3, 5], [0, 1, 2, 4, 3, 5, 7, 6, 8], [0, 0]]:
    try:
        board, result = play(moves)
        show(board)
        print("result:", result)
    except ValueError as e:
        print("invalid game:", e)
position = list("XO.OX....")
print("best for X:", minimax(position, "X"))
print("best for O:", minimax(list("X...O...X"), "O"))
