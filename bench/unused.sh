#!/bin/sh
# Measures what -unused and -inventory add to a normal run of the command
# on the generated corpus (the goal: -unused within 1.05x). The corpus
# uses the embedded catalog, which -unused refuses, so every measured
# command gets the same -config: the corpus's configuration plus a catalog
# file (a copy of the embedded one). Commands, interleaved:
#
#	ecc-cat        errcodecheck -config=own.yml            (the baseline here)
#	ecc-unused     errcodecheck -config=own.yml -unused
#	ecc-inventory  errcodecheck -config=own.yml -inventory (JSON on standard output)
#
# plus factsfloor, the harness's baseline. Read ecc-unused against ecc-cat
# in the report (wall and CPU columns). Flags go to "benchrun cmd":
#
#	bench/unused.sh -reps 5 -o /tmp/unused.md
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go run ./bench/cmd/gencorpus -o "$work/corpus" -packages 500 -constructions 100000 >/dev/null
{ cat "$work/corpus/.errcodecheck.yml"; echo 'catalog: errcodes.md'; } > "$work/own.yml"
cp catalog/errcodes.md "$work/errcodes.md"
go build -o "$work/errcodecheck" ./cmd/errcodecheck
for v in cat unused inventory; do
	case $v in cat) x= ;; unused) x=-unused ;; inventory) x=-inventory ;; esac
	printf '#!/bin/sh\nexec %s -config=%s %s "$@"\n' "$work/errcodecheck" "$work/own.yml" "$x" > "$work/ecc-$v"
	chmod +x "$work/ecc-$v"
done
go run ./bench/cmd/benchrun cmd -targets full -tools factsfloor,ecc-cat,ecc-unused,ecc-inventory \
	-exe ecc-cat="$work/ecc-cat" -exe ecc-unused="$work/ecc-unused" -exe ecc-inventory="$work/ecc-inventory" "$@"
