package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/errcodecheck/errcodecheck/bench/internal/vetstart"
)

func vetstartMain(args []string) int {
	fs := flag.NewFlagSet("vetstart", flag.ExitOnError)
	n := fs.Int("n", 300, "number of in-process starts to time")
	procs := fs.Int("process", 100, "number of vet tool processes to time per analyzer (0: skip)")
	fs.Usage = usage(fs, "usage: benchrun vetstart [-n N] [-process N]")
	fs.Parse(args)
	r, err := measureVetStart(*n)
	if err != nil {
		return fail("%v", err)
	}
	fmt.Printf("in-process per-package start (median of %d): errcodecheck %v, noop %v, added %v\n",
		r.N, r.Errcodecheck, r.Noop, r.Added)
	if *procs > 0 {
		exe, err := os.Executable()
		if err != nil {
			return fail("%v", err)
		}
		p, err := measureVetProcess(exe, *procs)
		if err != nil {
			return fail("%v", err)
		}
		fmt.Printf("vet tool process on one package's .cfg (median of %d): errcodecheck %v, noop %v, added %v\n",
			p.n, p.errcodecheck, p.noop, p.errcodecheck-p.noop)
	}
	return 0
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
