// Package drive runs one analyzer the way errcodecheck's users do
// standalone: go/packages loads the packages with syntax and types for
// every dependency (the mode drivers use for analyzers with facts), then
// golang.org/x/tools/go/analysis/checker runs the analyzer. Every analyzer
// the harness compares goes through exactly this code, so that all pay the
// same load and type-check.
package drive

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/bench/internal/noop"
)

// Names are the analyzers the harness knows, in the order runs interleave.
var Names = []string{"factsfloor", "noop", "noopfacts", "printf", "errcodecheck"}

// Analyzer returns a fresh analyzer by name.
func Analyzer(name string) (*analysis.Analyzer, error) {
	switch name {
	case "factsfloor":
		return noop.Bare(), nil
	case "noop":
		return noop.New(false), nil
	case "noopfacts":
		return noop.New(true), nil
	case "printf":
		return printf.Analyzer, nil
	case "errcodecheck":
		return analyzer.New(), nil
	}
	return nil, fmt.Errorf("unknown analyzer %q (want one of %s)", name, strings.Join(Names, ", "))
}

// Result is what one run measured and found.
type Result struct {
	Analyzer string `json:"analyzer"`
	Roots    int    `json:"roots"`    // packages named by the patterns
	Packages int    `json:"packages"` // loaded, dependencies included
	Actions  int    `json:"actions"`  // packages the analyzer itself ran on
	// LoadMS is the go/packages load (go list, parse, type-check);
	// AnalyzeMS the whole checker.Analyze call.
	LoadMS    float64 `json:"loadMs"`
	AnalyzeMS float64 `json:"analyzeMs"`
	// OwnMS sums the durations of the analyzer's own actions (fact
	// plumbing included), InspectMS those of the inspect pass it requires.
	// With parallel actions these are CPU-time-like sums, not wall time.
	OwnMS     float64 `json:"ownMs"`
	InspectMS float64 `json:"inspectMs"`
	// Errors holds the first load and analysis errors; ErrorCount counts all.
	Errors     []string `json:"errors,omitempty"`
	ErrorCount int      `json:"errorCount"`
	// Diagnostics counts the root packages' diagnostics by category ("" for
	// none); Diags lists them when asked.
	Diagnostics map[string]int `json:"diagnostics"`
	Diags       []Diag         `json:"diags,omitempty"`
}

// Diag is one diagnostic, its file relative to the run's directory when
// inside it.
type Diag struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Category string `json:"category"`
	Message  string `json:"message"`
}

const maxErrors = 10

// Run loads patterns in dir and runs the named analyzer on them.
func Run(name, dir string, patterns []string, withDiags bool) (*Result, error) {
	a, err := Analyzer(name)
	if err != nil {
		return nil, err
	}
	res := &Result{Analyzer: name, Diagnostics: map[string]int{}}
	addErr := func(s string) {
		res.ErrorCount++
		if len(res.Errors) < maxErrors {
			res.Errors = append(res.Errors, s)
		}
	}
	t0 := time.Now()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: false}
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	res.LoadMS = ms(time.Since(t0))
	res.Roots = len(roots)
	packages.Visit(roots, nil, func(p *packages.Package) {
		res.Packages++
		for _, e := range p.Errors {
			addErr(e.Error())
		}
	})
	t1 := time.Now()
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, roots, nil)
	if err != nil {
		return nil, err
	}
	res.AnalyzeMS = ms(time.Since(t1))
	absDir, _ := filepath.Abs(dir)
	for act := range graph.All() {
		switch act.Analyzer {
		case a:
			res.Actions++
			res.OwnMS += ms(act.Duration)
		case inspect.Analyzer:
			res.InspectMS += ms(act.Duration)
		}
		if act.Analyzer != a || !act.IsRoot {
			continue
		}
		if act.Err != nil {
			addErr(fmt.Sprintf("%s: %v", act.Package.PkgPath, act.Err))
		}
		for _, d := range act.Diagnostics {
			res.Diagnostics[d.Category]++
			if !withDiags {
				continue
			}
			pos := act.Package.Fset.Position(d.Pos)
			file := pos.Filename
			if rel, err := filepath.Rel(absDir, file); err == nil && !strings.HasPrefix(rel, "..") {
				file = filepath.ToSlash(rel)
			}
			res.Diags = append(res.Diags, Diag{file, pos.Line, d.Category, d.Message})
		}
	}
	sort.Slice(res.Diags, func(i, j int) bool {
		x, y := res.Diags[i], res.Diags[j]
		if x.File != y.File {
			return x.File < y.File
		}
		return x.Line < y.Line
	})
	return res, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
