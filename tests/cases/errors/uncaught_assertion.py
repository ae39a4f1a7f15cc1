# failing assert with a message is uncaught
def withdraw(balance, amount):
    assert amount <= balance, "insufficient funds: " + str(amount) + " > " + str(balance)
    return balance - amount

b = 100
assert b == 100, "starting balance"
print("start", b)
b = withdraw(b, 30)
print("balance", b)
try:
    withdraw(1, 2)
except AssertionError as e:
    print("caught:", e)
b = withdraw(b, 80)
print("never printed")
