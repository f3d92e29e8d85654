package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"time"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/bench/internal/drive"
	"github.com/errcodecheck/errcodecheck/internal/driver"
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
	command := fs.Bool("command", false, "run the errcodecheck command's driver (internal/driver, tests loaded unless -test=false) instead of the harness's, to profile the command; -analyzer, -diags and -json do not apply")
	tests := fs.Bool("test", true, "with -command, also load and check test files")
	fs.Usage = usage(fs, "usage: benchrun analyze [-analyzer NAME] [-dir DIR] [-cpuprofile F] [-memprofile F] [-command [-test=false]] PATTERN...")
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
	if *command {
		return commandProfile(*dir, fs.Args(), *tests, *mem)
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

// commandProfile runs the errcodecheck command's driver in this process,
// output discarded, and says how long it took and what it allocated, for
// profiles of the command rather than of the harness's driver.
func commandProfile(dir string, patterns []string, tests bool, mem string) int {
	t0 := time.Now()
	var out countWriter
	status := driver.Run(analyzer.New(), patterns, driver.Options{Dir: dir, Tests: tests, Context: -1, Stdout: &out, Stderr: &out})
	wall := time.Since(t0)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("errcodecheck command driver: exit %d, %d lines of output, %.2f s, %d MiB allocated, heap obtained from the OS %d MiB, %d GC cycles\n",
		status, out.lines, wall.Seconds(), ms.TotalAlloc>>20, ms.HeapSys>>20, ms.NumGC)
	if mem != "" {
		f, err := os.Create(mem)
		if err != nil {
			return fail("%v", err)
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			return fail("%v", err)
		}
	}
	return 0
}

// countWriter counts the lines written to it.
type countWriter struct{ lines int }

func (w *countWriter) Write(p []byte) (int, error) {
	w.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}
