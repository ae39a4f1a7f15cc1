# __len__, __getitem__, __iter__, __contains__, __bool__ on a user container
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i]
    def __contains__(self, song):
        return song.lower() in [s.lower() for s in self.songs]
    def __iter__(self):
        return iter(self.songs)

p = Playlist("Intro", "Song B", "Outro")
print(len(p), p[0], p[-1], p[1:])
print("song b" in p, "missing" in p)
for s in p:
    print("-", s)
print(list(p), sorted(p), bool(p), bool(Playlist()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return self.n > 0

c = Countdown(2)
while c:
    print("tick", c.n)
    c.n -= 1

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares())
