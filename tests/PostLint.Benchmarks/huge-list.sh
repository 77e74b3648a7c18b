#!/usr/bin/env bash
# Writes two configs into DIR for the misspelling-list figure of compare.sh: builtin.yml (the built-in lists only) and
# huge.yml (the built-in lists plus a generated 50,000-entry codespell dictionary of made-up Latin words).
set -euo pipefail
dir=${1:?usage: huge-list.sh DIR}
mkdir -p "$dir"
python3 - "$dir/huge.txt" <<'PY'
import random, sys
random.seed(7)
seen = set()
with open(sys.argv[1], "w") as f:
    while len(seen) < 50000:
        w = "".join(random.choice("bcdfghjklmnpqrstvwxz") for _ in range(random.randint(6, 11)))
        if w not in seen:
            seen.add(w)
            f.write(f"{w}->{w}e\n")
PY
printf 'rules:\n  misspelling:\n    severity: warning\n' > "$dir/builtin.yml"
printf 'rules:\n  misspelling:\n    severity: warning\n    lists: [huge.txt]\n' > "$dir/huge.yml"
wc -l < "$dir/huge.txt"
