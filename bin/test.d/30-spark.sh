#!/usr/bin/env bash
# set engine spark as a user meets it: bin/gtrace run loads the engine from spark/target/lib into a
# class loader of its own (nothing of Spark on the CLI's classpath), with the --add-opens only that
# run gets; the output is the DuckDB engine's, line for line, and Spark writes nothing to the console.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
g="$here/bin/gtrace"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "30-spark: $*" >&2; exit 1; }

ls "$here"/spark/target/lib/spark-sql_2.13-*.jar > /dev/null 2>&1 || fail "spark/target/lib is not built (mvn verify builds it)"
{
  echo "datetime,region,model,requests,energy_kwh"
  for i in $(seq 0 1999); do
    printf '2025-03-%02dT%02d:%02d:00%s,%s,%s,%d,%d.%03d\n' $((1 + i % 28)) $((i % 24)) $((i % 60)) \
      "$([ $((i % 3)) = 0 ] && echo +01:00 || echo Z)" "$(echo FRA DEU USA | cut -d' ' -f$((1 + i % 3)))" \
      "$(echo gpt-4o llama | cut -d' ' -f$((1 + i % 2)))" $((1 + i % 97)) $((i % 4)) $((i * 37 % 1000))
  done
} > "$tmp/tel.csv"
queries='load tel from "tel.csv"
emissions tel by region
energy tel by day where region = FRA
emissions tel by model, month
energy tel by hour where day = 2025-03-02'
printf '%s\n' "$queries" > "$tmp/duck.gtrace"
printf 'set engine spark\n%s\n' "$queries" > "$tmp/spark.gtrace"
"$g" run "$tmp/duck.gtrace" > "$tmp/duck.out" || fail "the DuckDB run failed"
"$g" run "$tmp/spark.gtrace" > "$tmp/spark.out" 2> "$tmp/spark.err" || fail "the Spark run failed: $(tail -5 "$tmp/spark.err")"
diff "$tmp/duck.out" "$tmp/spark.out" > "$tmp/diff" || fail "Spark's output differs from DuckDB's: $(head -20 "$tmp/diff")"
[ ! -s "$tmp/spark.err" ] || fail "Spark wrote to the console: $(head -5 "$tmp/spark.err")"
grep -q '2025-03-02' "$tmp/spark.out" || fail "no day 2025-03-02 in the output"
"$g" run --json "$tmp/spark.gtrace" > "$tmp/spark.json" || fail "the Spark run with --json failed"
"$g" run --json "$tmp/duck.gtrace" > "$tmp/duck.json" || fail "the DuckDB run with --json failed"
# the figures to 1e-9 (the engines add in different orders); Spark's lines are one further down
/usr/bin/python3 - "$tmp/duck.json" "$tmp/spark.json" <<'PY' || fail "--json differs"
import json, sys
# the reproducibility manifest (line 0) names each program's own text
duck = [r for r in map(json.loads, open(sys.argv[1])) if r["line"] > 0]
spark = [r for r in map(json.loads, open(sys.argv[2])) if r["line"] > 0]
assert len(duck) == len(spark), (len(duck), len(spark))
for d, s in zip(duck, spark):
    assert d["line"] + 1 == s["line"] and d["subject"] == s["subject"] and d["title"] == s["title"], (d, s)
    for k, v in d.items():
        if isinstance(v, float):
            assert abs(v - s[k]) <= 1e-9 * abs(v), (k, v, s[k])
PY
echo "30-spark: ok (the same $(grep -c '"line":[1-9]' "$tmp/duck.json") results on both engines)"
