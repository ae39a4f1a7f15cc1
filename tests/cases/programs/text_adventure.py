# a text-adventure state machine driven by a scripted list of commands
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "a silent library", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def look(self):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. You see: {items}. Exits: {', '.join(r['exits'])}"

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go " + direction
        target = exits[direction]
        if target == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down without a lamp"
        self.room = target
        self.moves += 1
        return self.look()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return "No " + item + " here"
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return "You found the treasure in " + str(self.moves) + " moves!"
        return "Taken: " + item

    def handle(self, line):
        verb, _, arg = line.partition(" ")
        actions = {"look": lambda: self.look(), "go": lambda: self.go(arg),
                   "take": lambda: self.take(arg), "inv": lambda: "Carrying: " + str(sorted(self.inventory))}
        if verb not in actions:
            return "Unknown command: " + verb
        return actions[verb]()

game = Game()
script = ["look", "go east", "go down", "go west", "take lamp", "go north", "take key",
          "dance", "go south", "go east", "go down", "take gold", "take treasure", "inv"]
for cmd in script:
    print("> " + cmd)
    print(game.handle(cmd))
    if game.over:
        print("GAME OVER after", len(game.inventory), "items")
        break
