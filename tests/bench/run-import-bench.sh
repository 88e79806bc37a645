#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Import benchmark (issue "Email intake"): a generated 10,000-message mbox imported into a
# SQLite file (one transaction per message) against Python's mailbox + email reading the same
# file, and one message with a 50 MB attachment for peak memory; then what proposing the text to
# publish adds to that import (issue "From raw email to a publishable testimony": under 5 %).
#   tests/bench/run-import-bench.sh [BUILD_DIR]   (default build/bench, an optimised build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/bench}
recueil="$build/app/recueil"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 "$here/generate_mbox.py" "$tmp/10k.mbox" 10000
echo "mbox: $(du -h "$tmp/10k.mbox" | cut -f1), 10000 messages"
/usr/bin/time -f "recueil import: %e s wall, %U s user, %M KB peak" \
    "$recueil" --database "$tmp/import.sqlite" import "$tmp/10k.mbox" > /dev/null 2> "$tmp/err" || true
tail -n 2 "$tmp/err"
import_s=$(grep -o '^recueil import: [0-9.]*' "$tmp/err" | grep -o '[0-9.]*$' || true)
python3 "$here/python_reference.py" "$tmp/10k.mbox"
"$build/tests/bench/bench_proposal" "$tmp/10k.mbox" | tee "$tmp/proposal"
proposal_s=$(grep -o ': [0-9.]* s' "$tmp/proposal" | grep -o '[0-9.]*')
if [ -n "$import_s" ] && [ -n "$proposal_s" ]; then
    python3 -c "import sys; p, i = map(float, sys.argv[1:]); print(f'the proposal is {100 * p / i:.1f} % of the import ({p:.2f} s of {i:.2f} s)')" \
        "$proposal_s" "$import_s"
fi

python3 "$here/generate_mbox.py" "$tmp/big.mbox" 1 --big-attachment 50
echo "big message: $(du -h "$tmp/big.mbox" | cut -f1)"
/usr/bin/time -f "recueil import of a 50 MB attachment: %e s wall, %M KB peak" \
    "$recueil" --database "$tmp/big.sqlite" import "$tmp/big.mbox" > /dev/null 2> "$tmp/err2" || true
tail -n 2 "$tmp/err2"
