#!/bin/sh
# Compares the built errcodecheck command with singlechecker running an
# analyzer that declares one fact type and does nothing (the floor of any
# analyzer with facts): both built from this tree, run interleaved on std
# and the generated corpus, medians and ratios printed as Markdown. Flags
# go to "benchrun cmd" (see bench/README.md), for example:
#
#	bench/cmd.sh -reps 3 -o /tmp/cmd.md
#	bench/cmd.sh -targets full -tools factsfloor,noopfacts,errcodecheck
set -eu
cd "$(dirname "$0")/.."
exec go run ./bench/cmd/benchrun cmd "$@"
