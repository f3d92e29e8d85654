package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"

	"github.com/errcodecheck/errcodecheck/bench/internal/drive"
)

// analyzeMain is one measured run: load, analyze, print a JSON result.
func analyzeMain(args []string) int {
	fs := flag.NewFlagSet("analyze", flag.ExitOnError)
	name := fs.String("analyzer", "errcodecheck", "analyzer to run: noop, noopfacts, printf or errcodecheck")
	dir := fs.String("dir", ".", "`directory` to load the packages in")
	diags := fs.String("diags", "", "write the diagnostics as JSON to `file`")
	cpu := fs.String("cpuprofile", "", "write a CPU profile to `file`")
	mem := fs.String("memprofile", "", "write a heap profile to `file` at the end")
	asJSON := fs.Bool("json", false, "print the result as JSON (for the harness)")
	fs.Usage = usage(fs, "usage: benchrun analyze [-analyzer NAME] [-dir DIR] [-cpuprofile F] PATTERN...")
	_ = fs.Parse(args) // ExitOnError: it exits on a bad flag
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			return fail("%v", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail("%v", err)
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
	}
	res, err := drive.Run(*name, *dir, fs.Args(), *diags != "")
	if err != nil {
		return fail("%v", err)
	}
	if *mem != "" {
		f, err := os.Create(*mem)
		if err != nil {
			return fail("%v", err)
		}
		runtime.GC()
		if err := pprof.WriteHeapProfile(f); err != nil {
			return fail("%v", err)
		}
		f.Close()
	}
	if *diags != "" {
		data, err := json.MarshalIndent(res.Diags, "", "\t")
		if err != nil {
			return fail("%v", err)
		}
		if err := os.WriteFile(*diags, data, 0o644); err != nil {
			return fail("%v", err)
		}
		res.Diags = nil
	}
	if *asJSON {
		if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
			return fail("%v", err)
		}
		return 0
	}
	fmt.Printf("%s: %d root packages, %d loaded, analyzer ran on %d\n", res.Analyzer, res.Roots, res.Packages, res.Actions)
	fmt.Printf("load %.0f ms, analyze %.0f ms (analyzer actions %.0f ms, inspect %.0f ms, summed over workers)\n",
		res.LoadMS, res.AnalyzeMS, res.OwnMS, res.InspectMS)
	cats := make([]string, 0, len(res.Diagnostics))
	for c := range res.Diagnostics {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Printf("diagnostics %-17s %d\n", c, res.Diagnostics[c])
	}
	for _, e := range res.Errors {
		fmt.Println("error:", e)
	}
	if res.ErrorCount > len(res.Errors) {
		fmt.Printf("... and %d more errors\n", res.ErrorCount-len(res.Errors))
	}
	return 0
}
