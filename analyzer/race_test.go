package analyzer_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestConcurrentAnalyze runs one analyzer instance on several package
// sets at once, from several goroutines, as gopls and golangci-lint may:
// packages under three different config files (so that the memoized
// per-directory and per-file setups are filled concurrently), with facts
// flowing between packages. Each run must report exactly what a fresh
// analyzer reports alone. Run with -race.
func TestConcurrentAnalyze(t *testing.T) {
	// Packages that import no standard library package: the analyzer
	// runs on every dependency (it has facts), and -race makes each run
	// costly.
	roots := []string{
		"robust/dotimport/lib", "robust/dotimport", // facts across packages; default config
		"wrappers/conflict", "callers/conflict",
		"robust/nstest/platform/codes", "robust/nstest/user", "robust/nstest/other", // namespaces
		"robust/configured/api", "robust/configured/use", // configured constructors, heuristics off
		"robust/lits", "robust/vars", "ignore", "generated",
	}
	pkgs := load(t, analysistest.TestData(), false, roots...)
	byPath := map[string][]*packages.Package{}
	for _, p := range pkgs {
		byPath[p.PkgPath] = append(byPath[p.PkgPath], p)
	}

	// The reference: a fresh analyzer, all packages in one run.
	ref, err := analyze(analyzer.New(), pkgs)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]diagnostic{} // by package ID
	for _, d := range ref {
		want[d.pkg] = append(want[d.pkg], d)
	}
	// Anchors: the reference itself is right (the analysistest tests
	// check it fully).
	for pkg, msg := range map[string]string{
		"robust/dotimport":      "error code 40100002 (registered with 401) used with NotFound, which fixes status 404",
		"robust/nstest/user":    "codes.ClusterConfigInvalid is error code 40000002 of namespace platform, used in a package of namespace user",
		"robust/configured/use": "error code 40100002 (registered with 401) used with Wrap, which fixes status 412",
		"ignore":                "errcodecheck:ignore directive silences nothing on its line or the next",
		"generated":             "status 400 does not match error code 40100002 (registered with 401)",
	} {
		var found bool
		for _, d := range want[pkg] {
			found = found || d.message == msg
		}
		if !found {
			t.Errorf("reference: no diagnostic %q in %s", msg, pkg)
		}
	}
	if len(want["robust/nstest/other"]) != 0 {
		t.Errorf("reference: diagnostics in a package of no namespace: %v", want["robust/nstest/other"])
	}

	// Package sets: each root alone, pairs that share dependencies, and
	// everything, each three times; every goroutine starts at once on the
	// shared analyzer.
	var sets [][]*packages.Package
	for _, p := range pkgs {
		sets = append(sets, []*packages.Package{p})
	}
	sets = append(sets,
		slices.Concat(byPath["callers/conflict"], byPath["robust/dotimport"]),
		slices.Concat(byPath["robust/nstest/user"], byPath["robust/configured/use"], byPath["ignore"]),
		pkgs, pkgs,
	)
	shared := analyzer.New()
	var (
		start = make(chan struct{})
		wg    sync.WaitGroup
		mu    sync.Mutex
		fails []string
	)
	for i := range 3 * len(sets) { // each set three times
		set := sets[i%len(sets)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got, err := analyze(shared, set)
			var exp []diagnostic
			for _, p := range set {
				exp = append(exp, want[p.ID]...)
			}
			slices.SortFunc(exp, func(a, b diagnostic) int { return strings.Compare(a.String(), b.String()) })
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				fails = append(fails, fmt.Sprintf("set %d: %v", i, err))
			}
			if !slices.Equal(got, exp) {
				fails = append(fails, fmt.Sprintf("set %d (%s): got\n\t%s\nwant\n\t%s", i, ids(set), join(got), join(exp)))
			}
		}()
	}
	close(start)
	wg.Wait()
	for _, f := range fails {
		t.Error(f)
	}
}

func ids(pkgs []*packages.Package) string {
	var s []string
	for _, p := range pkgs {
		s = append(s, filepath.ToSlash(p.ID))
	}
	return strings.Join(s, ", ")
}

func join(ds []diagnostic) string {
	var s []string
	for _, d := range ds {
		s = append(s, d.String())
	}
	return strings.Join(s, "\n\t")
}
