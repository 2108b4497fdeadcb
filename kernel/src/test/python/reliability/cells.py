"""Seeded generators of hostile cells for the kernel: garbage text, NUL bytes, huge and very long
cells, deep nesting, unbalanced < >, mutated G-TRACE programs, odd magics and Java cells that make
javac or JShell themselves fail. Same seed, same cells."""
import random

# Valid programs to mutate (the language's own examples; any that stop parsing are still good seeds).
SEEDS = [
    "workload image ghibli < queries 700M; energy 0.006 kWh >\nemissions ghibli",
    "let per_image = 0.006 kWh\nlet total = per_image * 700M\ntotal",
    "region lab < intensity 250 g/kWh >\nworkload text chat < queries 1B; energy 0.3 Wh; region lab >\nemissions chat",
    "training run < accelerator H100; count 512; duration 30 days; pue 1.2; region US >\nemissions run",
    "scenario green from ghibli < region FR >\ncompare ghibli, green",
    "let x = 3 kWh\nexpect x == 3 kWh ± 1%",
    "workload video clips < outputs 35K; energy 0.9 kWh; region SE >\nexplain emissions clips",
    "%seed 42\nlet a = 1.2B\na",
    "# a comment\nlet w = 5 L\nw",
]

ALPHABETS = [
    "".join(map(chr, range(32, 127))),
    "<>;#%()[]{}\"'\\\n\t ",
    "".join(map(chr, range(0, 32))),
    "éüßøÅ€£¥°±×÷µΩ∑√∞≈≠≤≥",
    "日本語中文한국어ไทย",
    "\u200b\u200e\u200f\u202e\u2066\ufeff\u0301\u0338",
    "😀🔥🌍⚡️💧🧪",
    "0123456789.eE+-_MBKk",
]

JAVA_TROUBLE = [
    lambda r: "int deep = " + "(" * r.randint(2000, 8000) + "1" + ")" * 0 + ";",
    lambda r: "int deep = " + "(" * r.randint(2000, 8000) + "1" + ")" * 8000 + ";",
    lambda r: "String s = " + "+".join(['"a"'] * r.randint(3000, 6000)) + ";",
    lambda r: "int x = " + "-" * r.randint(5000, 20000) + "1;",
    lambda r: "/* never closed " + "x" * r.randint(10, 1000),
    lambda r: 'String s = "' + "\\u0022" * r.randint(1, 50),
    lambda r: "class G<T extends " + "G<" * r.randint(500, 2000) + "T" + ">" * 2000 + "> {}",
    lambda r: "int[] a = {" + ",".join("1" for _ in range(r.randint(10000, 40000))) + "};",
    lambda r: 'String big = "' + "z" * r.randint(70000, 200000) + '";',
    lambda r: "void f() { " + "{" * r.randint(1000, 5000) + " }",
    lambda r: "throw new Error(\"boom\");",
    lambda r: "int f(int n) { return f(n + 1); }\nf(0)",
    lambda r: "Object o = null; o.toString();",
    lambda r: "".join(r.choice("(){}[]<>;.,=+-*/ \"'\\\n") for _ in range(r.randint(1, 3000))),
    lambda r: "var l = new ArrayList<Integer>(); for (int i = 0; i < 1000; i++) l.add(i); l.size()",
]


def garbage(r, n):
    alphabet = "".join(r.sample(ALPHABETS, r.randint(1, len(ALPHABETS))))
    return "".join(r.choice(alphabet) for _ in range(n))


def mutate(r, text):
    chars = list(text)
    for _ in range(r.randint(1, 8)):
        op = r.randrange(6)
        i = r.randrange(len(chars) + 1)
        if op == 0 and chars:
            del chars[min(i, len(chars) - 1)]
        elif op == 1:
            chars.insert(i, r.choice("<>;#%()\n\0 \"'\\" + garbage(r, 1)))
        elif op == 2 and chars:
            chars[min(i, len(chars) - 1)] = garbage(r, 1)
        elif op == 3 and chars:
            j = r.randrange(len(chars))
            span = chars[min(i, j):max(i, j)][:200]
            chars[i:i] = span * r.randint(1, 20)
        elif op == 4:
            chars.insert(i, r.choice(["1e400", "99999999999999999999999999M", "-0", "NaN", "Infinity",
                                      "0.0000000000000000000000001", "1" * 400, "1.2.3", "1e-400", "9" * 40 + "B"]))
        else:
            chars.insert(i, r.choice(SEEDS))
    return "".join(chars)


def nested(r):
    depth = r.randint(100, 20000)
    kind = r.randrange(4)
    if kind == 0:
        return "let x = " + "(" * depth + "1 kWh" + ")" * depth
    if kind == 1:
        return "workload image w " + "< " * depth + "queries 1M" + " >" * depth
    if kind == 2:
        return "let x = " + "-" * depth + "1"
    return "let x = " + " * ".join(["2"] * depth)


def unbalanced(r):
    s = r.choice(SEEDS)
    return r.choice([s.replace(">", "", 1), s.replace("<", "", 1), s + " >" * r.randint(1, 50),
                     "<" * r.randint(1, 500), ">" * r.randint(1, 500), "workload image x < queries 1M;\n" * 20])


def long_line(r):
    n = r.randint(100_000, 1_000_000)
    return r.choice([
        "let " + "a" * n + " = 1 kWh",
        "let x = " + "9" * n + " kWh",
        "let x = 1 kWh " + "+ 1 kWh " * (n // 8),
        "# " + "x" * n,
        garbage(r, n // 10),
    ])


def magic(r):
    return r.choice([
        "%" + garbage(r, r.randint(0, 40)),
        "%%" + garbage(r, r.randint(0, 40)) + "\n" + garbage(r, 50),
        "%load /nonexistent/" + garbage(r, 10),
        "%load /",
        "%load /dev/zero",
        "%load /dev/urandom",
        "%seed " + r.choice(["", "-1", "x", "9" * 40, "1e9"]),
        "%%time\n" + mutate(r, r.choice(SEEDS)),
        "%time " + garbage(r, 30),
        "%reset extra args",
        "%%java",
        "%%java\n",
    ])


def cell(r, index, total):
    """The index-th of total cells: three 10 MB cells early on (so the memory they take is in the
    warm-up, and growth is measured over the rest), the others drawn at random."""
    if total >= 1000 and index in (100, 200, 300):
        # 10 MB of comment, of noise, and a 10 MB string; 10 MB of real statements (760,000 lets,
        # or one product of 2.5 million terms) take 10-30 s and are measured in docs/reliability.md
        return {100: "let a = 1 kWh\n# " + "x" * 10_000_000,
                200: garbage(r, 1_000) * 10_000,
                300: 'let s = "' + "x" * 10_000_000 + '"'}[index]
    roll = r.random()
    if roll < 0.25:
        return garbage(r, r.randint(1, 2000))
    if roll < 0.55:
        return mutate(r, r.choice(SEEDS))
    if roll < 0.60:
        s = r.choice(SEEDS)
        i = r.randrange(len(s) + 1)
        return s[:i] + "\0" + s[i:]
    if roll < 0.66:
        return nested(r)
    if roll < 0.76:
        return unbalanced(r)
    if roll < 0.78:
        return long_line(r)
    if roll < 0.85:
        return magic(r)
    if roll < 0.91:
        return "%%java\n" + r.choice(JAVA_TROUBLE)(r)
    return r.choice(SEEDS)
