// Command gencorpus writes the synthetic monorepo of errcodecheck's
// performance harness: a Go module of many packages full of HTTP-error
// constructions, with a small, seeded fraction of planted mistakes.
//
//	go run ./bench/cmd/gencorpus -o DIR [-packages 500] [-constructions 100000] [-seed 1]
//
// DIR must not exist, be empty, or hold an earlier corpus. The module's
// bench-manifest.json says what was generated and which diagnostics
// errcodecheck should report.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/errcodecheck/errcodecheck/bench/gen"
)

func main() {
	out := flag.String("o", "", "output `directory` (required)")
	pkgs := flag.Int("packages", 500, "number of packages")
	ctors := flag.Int("constructions", 100000, "number of HTTP-error constructions")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: gencorpus -o DIR [-packages N] [-constructions N] [-seed N]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	m, err := gen.Generate(*out, gen.Options{Packages: *pkgs, Constructions: *ctors, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d packages, %d files, %d lines, %d constructions, %d namespace references\n",
		*out, m.Packages, m.Files, m.Lines, m.ConstructionsTotal, m.NamespaceRefs)
	cats := make([]string, 0, len(m.Planted))
	for c := range m.Planted {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Printf("planted %-17s %d\n", c, m.Planted[c])
	}
	fmt.Printf("planted, silenced  %d\n", m.Ignored)
}
