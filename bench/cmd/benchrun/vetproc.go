package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/errcodecheck/errcodecheck/bench/gen"
	"github.com/errcodecheck/errcodecheck/bench/internal/drive"
)

// vettoolEnv, when set to an analyzer name, makes this binary a go vet
// tool (unitchecker) running that analyzer.
const vettoolEnv = "BENCHRUN_VETTOOL"

func vettoolMain(name string) {
	a, err := drive.Analyzer(name)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(1)
	}
	unitchecker.Main(a)
}

// vetProcAnalyzers are the analyzers whose vet tool processes are timed:
// noop has no facts, so unitchecker neither reads nor writes any for it;
// noopfacts and printf pay the fact machinery as errcodecheck does.
var vetProcAnalyzers = []string{"noop", "noopfacts", "printf", "errcodecheck"}

// vetProcResult is the median time of the vet tool process on one
// package's .cfg, by analyzer.
type vetProcResult struct {
	median, min map[string]time.Duration // wall time
	cpu         map[string]time.Duration // median user+sys time
	n           int
}

// added is errcodecheck's median minus base's.
func (r *vetProcResult) added(base string) time.Duration {
	return r.median["errcodecheck"] - r.median[base]
}

var vetCfgRE = regexp.MustCompile(`([^\s>]+/b\d+/vet\.cfg)`)

// measureVetProcess times the vet tool process itself: go vet writes the
// .cfg of a trivial package in a module with the corpus's config, then
// the tool is run on it directly, n times per analyzer, interleaved. Each
// process pays exec, runtime and package initialization, reading the
// .cfg, parsing and type-checking the package and, for analyzers with
// facts, decoding the dependencies' facts and encoding its own.
func measureVetProcess(exe string, n int) (vetProcResult, error) {
	var r vetProcResult
	dir, err := os.MkdirTemp("", "errcodecheck-vetproc-")
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"go.mod":            "module " + gen.Module + "\n\ngo 1.26\n",
		".errcodecheck.yml": string(gen.ConfigYAML()),
		"platform/p/p.go":   "// Package p is trivial.\npackage p\n\n// Sum adds.\nfunc Sum(xs []int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n",
	}
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return r, err
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			return r, err
		}
	}
	cmd := exec.Command("go", "vet", "-work", "-x", "-vettool="+exe, "./platform/p")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), vettoolEnv+"=errcodecheck", "GOWORK=off", "GOFLAGS=")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return r, fmt.Errorf("go vet: %v\n%s", err, stderr.String())
	}
	work := regexp.MustCompile(`WORK=(\S+)`).FindSubmatch(stderr.Bytes())
	cfg := vetCfgRE.FindSubmatch(stderr.Bytes())
	if work == nil || cfg == nil {
		return r, fmt.Errorf("go vet -x printed no work directory or vet.cfg:\n%s", stderr.String())
	}
	defer os.RemoveAll(string(work[1]))
	cfgPath := string(bytes.Replace(cfg[1], []byte("$WORK"), work[1], 1))
	time1 := func(name string) (wall, cpu time.Duration, err error) {
		c := exec.Command(exe, cfgPath)
		c.Dir = dir
		c.Env = append(os.Environ(), vettoolEnv+"="+name)
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, &out
		t := time.Now()
		if err := c.Run(); err != nil {
			return 0, 0, fmt.Errorf("vet tool %s: %v\n%s", name, err, out.String())
		}
		return time.Since(t), c.ProcessState.UserTime() + c.ProcessState.SystemTime(), nil
	}
	walls, cpus := map[string][]time.Duration{}, map[string][]time.Duration{}
	for range n {
		for _, a := range vetProcAnalyzers {
			w, c, err := time1(a)
			if err != nil {
				return r, err
			}
			walls[a] = append(walls[a], w)
			cpus[a] = append(cpus[a], c)
		}
	}
	r = vetProcResult{median: map[string]time.Duration{}, min: map[string]time.Duration{}, cpu: map[string]time.Duration{}, n: n}
	for _, a := range vetProcAnalyzers {
		r.median[a], r.min[a], r.cpu[a] = median(walls[a]), slices.Min(walls[a]), median(cpus[a])
	}
	return r, nil
}
