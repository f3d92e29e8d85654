#!/bin/sh
# Runs errcodecheck's performance harness and prints a Markdown report;
# flags go to benchrun (see bench/README.md), for example:
#
#	bench/run.sh -reps 3 -o /tmp/report.md
#	bench/run.sh -corpora full,half -analyzers noop,noopfacts,printf,errcodecheck
set -eu
cd "$(dirname "$0")/.."
exec go run ./bench/cmd/benchrun "$@"
