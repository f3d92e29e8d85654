// Command benchrun is errcodecheck's performance harness. It measures
// errcodecheck against two peers on three corpora and prints a Markdown
// table:
//
//   - noop: requires inspect and visits every call expression, nothing
//     else (the floor every analyzer pays);
//   - printf: golang.org/x/tools/go/analysis/passes/printf, a peer that
//     also uses facts;
//   - noopfacts (on request): noop with a fact type, so that it runs on
//     every dependency as fact-using analyzers do.
//
// The corpora are the standard library (std), the generated monorepo
// (bench/gen; -packages, -constructions) and the same at half the size.
// Generated corpora are cached under -cache and regenerated when the
// generator changes.
//
// Each run is a separate process (this binary, re-executed as "benchrun
// analyze") that loads the packages with go/packages and runs one analyzer
// with golang.org/x/tools/go/analysis/checker, the standalone path users
// take; every analyzer pays the same load and type-check. Runs interleave
// the analyzers (noop, printf, errcodecheck, noop, ...) for -reps
// repetitions per corpus; the table shows median wall time, median peak
// RSS (getrusage ru_maxrss) and the ratios.
//
// Usage:
//
//	go run ./bench/cmd/benchrun [-reps 5] [-corpora std,full,half] [-o report.md]
//	go run ./bench/cmd/benchrun analyze -analyzer errcodecheck -dir DIR [-cpuprofile F] PATTERN...
//	go run ./bench/cmd/benchrun vetstart [-n 300] [-cold 100] [-process 100]
//	go run ./bench/cmd/benchrun cmd [-reps 5] [-targets std,full] [-tools factsfloor,errcodecheck]
//
// The cmd subcommand (bench/cmd.sh) compares whole commands instead: it
// builds cmd/errcodecheck and singlechecker binaries (bench/cmd/factsfloor,
// bench/cmd/noopfacts) and runs each as a user does, interleaved, giving
// medians and ratios against factsfloor measured in the same run.
//
// With BENCHRUN_VETTOOL=NAME in its environment, the binary is a go vet
// tool (unitchecker) running analyzer NAME, for the vet start measurement.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if os.Getenv(coldStartEnv) != "" {
		os.Exit(coldStartMain())
	}
	if name := os.Getenv(vettoolEnv); name != "" {
		vettoolMain(name)
		return
	}
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "analyze":
			os.Exit(analyzeMain(os.Args[2:]))
		case "vetstart":
			os.Exit(vetstartMain(os.Args[2:]))
		case "cmd":
			os.Exit(commandMain(os.Args[2:]))
		}
	}
	os.Exit(harnessMain(os.Args[1:]))
}

func fail(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, "benchrun: "+format+"\n", args...)
	return 1
}

// usage prints a flag set's usage under a title.
func usage(fs *flag.FlagSet, title string) func() {
	return func() {
		fmt.Fprintln(fs.Output(), title)
		fs.PrintDefaults()
	}
}
