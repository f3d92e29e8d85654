package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// vetProcResult is the median time of the vet tool process on one
// package's .cfg, for errcodecheck and noop.
type vetProcResult struct {
	errcodecheck, noop time.Duration
	n                  int
}

var vetCfgRE = regexp.MustCompile(`([^\s>]+/b\d+/vet\.cfg)`)

// measureVetProcess times the vet tool process itself: go vet writes the
// .cfg of a trivial package in a module with the corpus's config, then
// the tool is run on it directly, n times per analyzer, interleaved.
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
	time1 := func(name string) (time.Duration, error) {
		c := exec.Command(exe, cfgPath)
		c.Dir = dir
		c.Env = append(os.Environ(), vettoolEnv+"="+name)
		var out bytes.Buffer
		c.Stdout, c.Stderr = &out, &out
		t := time.Now()
		err := c.Run()
		d := time.Since(t)
		if err != nil {
			return 0, fmt.Errorf("vet tool %s: %v\n%s", name, err, out.String())
		}
		return d, nil
	}
	var e, z []time.Duration
	for range n {
		d, err := time1("errcodecheck")
		if err != nil {
			return r, err
		}
		e = append(e, d)
		if d, err = time1("noop"); err != nil {
			return r, err
		}
		z = append(z, d)
	}
	return vetProcResult{errcodecheck: median(e), noop: median(z), n: n}, nil
}
