# nested dicts and lists in dicts
db = {
    "users": {
        "ann": {"age": 30, "tags": ["admin", "dev"]},
        "bob": {"age": 25, "tags": []},
    },
    "version": 2,
}
print(db["users"]["ann"]["tags"][1])
db["users"]["bob"]["tags"].append("ops")
db["users"]["cy"] = {"age": 41, "tags": ["dev"]}
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["tags"]) or "-")
print(sum(u["age"] for u in db["users"].values()))
devs = [n for n, u in db["users"].items() if "dev" in u["tags"]]
print(devs)
print(db["users"].get("dan", {}).get("age", "unknown"))
print(len(db), len(db["users"]))
print(db)
