# Shuffling a deck of cards and dealing poker hands.
import random

SUITS = "♠♥♦♣"
RANKS = "23456789TJQKA"


def new_deck():
    return [r + s for s in SUITS for r in RANKS]


def classify(hand):
    ranks = sorted((RANKS.index(c[0]) for c in hand), reverse=True)
    counts = sorted((ranks.count(r) for r in set(ranks)), reverse=True)
    flush = len({c[1] for c in hand}) == 1
    straight = len(set(ranks)) == 5 and ranks[0] - ranks[4] == 4
    if straight and flush:
        return "straight flush"
    if counts[0] == 4:
        return "four of a kind"
    if counts[:2] == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if counts[0] == 3:
        return "three of a kind"
    if counts[:2] == [2, 2]:
        return "two pair"
    if counts[0] == 2:
        return "pair"
    return "high card"


rng = random.Random("poker night")
deck = new_deck()
rng.shuffle(deck)
print(" ".join(deck[:13]))
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, hand in enumerate(hands):
    print("player", i + 1, " ".join(hand), "-", classify(hand))

# Tally hand types over many deals.
tally = {}
for _ in range(3000):
    deck = new_deck()
    rng.shuffle(deck)
    kind = classify(deck[:5])
    tally[kind] = tally.get(kind, 0) + 1
for kind in sorted(tally, key=lambda k: (-tally[k], k)):
    print(kind, tally[kind])

# Dealing with sample() instead of shuffle().
print(rng.sample(new_deck(), 5))
print(rng.choice(new_deck()), rng.choices(new_deck(), k=3))
