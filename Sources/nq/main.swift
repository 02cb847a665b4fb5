import NQShell

print("nq")
