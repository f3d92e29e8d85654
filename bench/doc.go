// Package bench is errcodecheck's performance harness; see README.md.
//
// The harness itself is the command bench/cmd/benchrun; bench/cmd/gencorpus
// writes the synthetic corpus (package bench/gen). This package holds the
// Go benchmarks of the hot paths (go test -bench . -benchmem ./bench).
package bench
