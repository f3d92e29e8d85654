package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/errcodecheck/errcodecheck/bench/internal/vetstart"
)

func vetstartMain(args []string) int {
	fs := flag.NewFlagSet("vetstart", flag.ExitOnError)
	n := fs.Int("n", 300, "number of in-process starts to time")
	colds := fs.Int("cold", 100, "number of fresh processes timing a cold start (0: skip)")
	procs := fs.Int("process", 100, "number of vet tool processes to time per analyzer (0: skip)")
	fs.Usage = usage(fs, "usage: benchrun vetstart [-n N] [-cold N] [-process N]")
	_ = fs.Parse(args) // ExitOnError: it exits on a bad flag
	r, err := measureVetStart(*n)
	if err != nil {
		return fail("%v", err)
	}
	fmt.Printf("in-process per-package start, warm (median of %d): errcodecheck %v, noop %v, added %v\n",
		r.N, r.Errcodecheck, r.Noop, r.Added)
	exe, err := os.Executable()
	if err != nil {
		return fail("%v", err)
	}
	if *colds > 0 {
		c, err := measureColdStart(exe, *colds)
		if err != nil {
			return fail("%v", err)
		}
		fmt.Printf("first package of a fresh process (median of %d): errcodecheck %v, noop %v\n",
			c.n, c.errcodecheck.Round(time.Microsecond), c.noop.Round(time.Microsecond))
	}
	if *procs > 0 {
		p, err := measureVetProcess(exe, *procs)
		if err != nil {
			return fail("%v", err)
		}
		fmt.Printf("vet tool process on one package's .cfg (medians of %d):", p.n)
		for _, a := range vetProcAnalyzers {
			fmt.Printf(" %s %v", a, p.median[a].Round(10*time.Microsecond))
		}
		fmt.Printf("\nfastest of %d:", p.n)
		for _, a := range vetProcAnalyzers {
			fmt.Printf(" %s %v", a, p.min[a].Round(10*time.Microsecond))
		}
		fmt.Printf("\nCPU user+sys, medians:")
		for _, a := range vetProcAnalyzers {
			fmt.Printf(" %s %v", a, p.cpu[a].Round(10*time.Microsecond))
		}
		fmt.Printf("\nadded by errcodecheck (wall medians): %v over noop, %v over noopfacts\n",
			p.added("noop").Round(10*time.Microsecond), p.added("noopfacts").Round(10*time.Microsecond))
	}
	return 0
}

// coldStartEnv, when set, makes this binary time one cold start
// (vetstart.Package.ColdStart) and print it.
const coldStartEnv = "BENCHRUN_COLDSTART"

func coldStartMain() int {
	dir, err := os.MkdirTemp("", "errcodecheck-coldstart-")
	if err != nil {
		return fail("%v", err)
	}
	defer os.RemoveAll(dir)
	p, err := vetstart.NewPackage(dir)
	if err != nil {
		return fail("%v", err)
	}
	z, e, err := p.ColdStart()
	if err != nil {
		return fail("%v", err)
	}
	fmt.Println(z.Nanoseconds(), e.Nanoseconds())
	return 0
}

// coldResult is the median first run of each analyzer in fresh processes.
type coldResult struct {
	noop, errcodecheck time.Duration
	n                  int
}

// measureColdStart runs n fresh processes that each time one cold start.
func measureColdStart(exe string, n int) (coldResult, error) {
	var z, e []time.Duration
	for range n {
		cmd := exec.Command(exe)
		cmd.Env = append(os.Environ(), coldStartEnv+"=1")
		out, err := cmd.Output()
		if err != nil {
			return coldResult{}, fmt.Errorf("cold start: %v", err)
		}
		var zn, en int64
		if _, err := fmt.Sscan(string(out), &zn, &en); err != nil {
			return coldResult{}, fmt.Errorf("cold start printed %q: %v", out, err)
		}
		z, e = append(z, time.Duration(zn)), append(e, time.Duration(en))
	}
	return coldResult{noop: median(z), errcodecheck: median(e), n: n}, nil
}

func measureVetStart(n int) (vetstart.Result, error) {
	dir, err := os.MkdirTemp("", "errcodecheck-vetstart-")
	if err != nil {
		return vetstart.Result{}, err
	}
	defer os.RemoveAll(dir)
	p, err := vetstart.NewPackage(dir)
	if err != nil {
		return vetstart.Result{}, err
	}
	return p.Measure(n)
}
