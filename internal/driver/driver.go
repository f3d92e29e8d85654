// Package driver runs an analyzer on packages loaded from source, the way
// singlechecker does, and reports its findings as text, JSON or SARIF, or
// applies its suggested fixes: the standalone mode of cmd/errcodecheck.
//
// Unlike singlechecker, the exit status says the same thing in every output
// format: 0 clean, 3 findings, 1 when the tool itself failed.
package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// Exit statuses of Run.
const (
	ExitClean    = 0 // no findings
	ExitFailure  = 1 // the tool failed: packages did not load, the analyzer returned an error
	ExitFindings = 3 // findings (with Fix: findings that remain unfixed)
)

// Format is an output format.
type Format int

// The output formats.
const (
	Text  Format = iota // file:line:col: message, on standard error
	JSON                // the x/tools JSON tree, on standard output
	SARIF               // SARIF 2.1.0, on standard output
)

// Options control a run.
type Options struct {
	Dir     string // directory the patterns are relative to; "" for the current one
	Tests   bool   // load test packages too
	Format  Format
	Context int  // with Text, lines of context around each finding; -1 for none
	Fix     bool // apply the first suggested fix of each finding
	Diff    bool // print the fixes as a unified diff; change nothing
	Tool    Tool // for SARIF
	Stdout  io.Writer
	Stderr  io.Writer
}

// Tool describes the analysis tool in SARIF output.
type Tool struct {
	Name           string
	Version        string
	InformationURI string
}

// A finding is one diagnostic of a root package, with what is needed to
// print it.
type finding struct {
	diag analysis.Diagnostic
	fset *token.FileSet
	pos  token.Position
	end  token.Position
}

// Run loads the packages matching patterns, applies a to them and to
// their dependencies (for facts), reports what it finds as o says and
// returns the exit status.
func Run(a *analysis.Analyzer, patterns []string, o Options) int {
	// Dir, absolute, is also what file names are shown relative to.
	if abs, err := filepath.Abs(o.Dir); err == nil {
		o.Dir = abs
	}
	r := &run{o: o}
	return r.main(a, patterns)
}

type run struct {
	o        Options
	failures []string // what made the tool fail, once each, in order
	seen     map[string]bool
}

// fail records that the tool failed and prints why on standard error.
func (r *run) fail(msg string) {
	if r.seen == nil {
		r.seen = map[string]bool{}
	}
	if r.seen[msg] {
		return
	}
	r.seen[msg] = true
	r.failures = append(r.failures, msg)
	fmt.Fprintln(r.o.Stderr, msg)
}

func (r *run) main(a *analysis.Analyzer, patterns []string) int {
	pkgs, err := r.load(patterns)
	if err != nil {
		r.fail(a.Name + ": " + err.Error())
		r.writeEmpty(nil)
		return ExitFailure
	}
	loadFailed := r.packageErrors(pkgs)

	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		r.fail(a.Name + ": " + err.Error())
		r.writeEmpty(pkgs)
		return ExitFailure
	}
	// An error of the analyzer, such as a bad config, is usually the same
	// for many packages: say it once, naming the package when it is the
	// only one.
	var msgs []string
	pkgsOf := map[string][]string{}
	for act := range graph.All() {
		if act.Err == nil {
			continue
		}
		msg := act.Err.Error()
		switch {
		case strings.HasPrefix(msg, "failed prerequisites:"):
			continue // the prerequisite's own error is reported
		case loadFailed && act.Package.IllTyped:
			continue // "analysis skipped due to errors in package": the errors are reported
		}
		if _, ok := pkgsOf[msg]; !ok {
			msgs = append(msgs, msg)
		}
		pkgsOf[msg] = append(pkgsOf[msg], act.Package.PkgPath)
	}
	for _, msg := range msgs {
		if ps := pkgsOf[msg]; len(ps) == 1 {
			r.fail(fmt.Sprintf("%s: %s: %s", a.Name, ps[0], msg))
		} else {
			r.fail(fmt.Sprintf("%s: %s", a.Name, msg))
		}
	}

	r.checkConstructors(a, graph)

	findings := collect(graph)
	remaining := findings // the findings in the files on disk
	shown := findings     // the findings to print
	if r.o.Fix || r.o.Diff {
		if len(r.failures) > 0 {
			fmt.Fprintf(r.o.Stderr, "%s: no fixes applied: the analysis failed\n", a.Name)
		} else {
			unfixed, err := r.fix(findings)
			switch {
			case err != nil:
				r.fail(a.Name + ": " + err.Error())
			case r.o.Diff:
				// Nothing was changed on disk: every finding counts, but
				// those the diff fixes need not be printed again.
				shown = unfixed
			default:
				remaining, shown = unfixed, unfixed
			}
			keep := map[findingKey]bool{}
			for _, f := range shown {
				keep[f.key()] = true
			}
			for _, act := range graph.Roots {
				act.Diagnostics = slices.DeleteFunc(act.Diagnostics, func(d analysis.Diagnostic) bool {
					return !keep[keyOf(act.Package.Fset, d)]
				})
			}
		}
	}

	switch r.o.Format {
	case JSON:
		if err := graph.PrintJSON(r.o.Stdout); err != nil {
			r.fail(a.Name + ": " + err.Error())
		}
	case SARIF:
		if err := r.writeSARIF(shown, pkgs); err != nil {
			r.fail(a.Name + ": " + err.Error())
		}
	default:
		r.printText(shown)
	}

	switch {
	case len(r.failures) > 0:
		return ExitFailure
	case len(remaining) > 0:
		return ExitFindings
	}
	return ExitClean
}

// writeEmpty writes, when the run failed before any analysis, the
// document that -json and -sarif promise on standard output: an empty JSON
// tree, a SARIF log of a failed run.
func (r *run) writeEmpty(pkgs []*packages.Package) {
	switch r.o.Format {
	case JSON:
		fmt.Fprintln(r.o.Stdout, "{}")
	case SARIF:
		_ = r.writeSARIF(nil, pkgs) // its invocation says the run failed
	}
}

// load loads the packages and, for facts, the syntax of all their
// dependencies.
func (r *run) load(patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   r.o.Dir,
		Tests: r.o.Tests,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, nil
}

// packageErrors reports the errors of the packages and of their modules,
// as packages.PrintErrors does, and whether there were any.
func (r *run) packageErrors(pkgs []*packages.Package) bool {
	var failed bool
	seenMod := map[*packages.Module]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			failed = true
			r.fail(e.Error())
		}
		if m := p.Module; m != nil && m.Error != nil && !seenMod[m] {
			seenMod[m] = true
			failed = true
			r.fail(m.Error.Err)
		}
	})
	return failed
}

// findingKey identifies a diagnostic across the variants of a package
// (p, p [p.test]) that share its files.
type findingKey struct {
	pos, end token.Position
	message  string
}

func (f *finding) key() findingKey { return findingKey{f.pos, f.end, f.diag.Message} }

func keyOf(fset *token.FileSet, d analysis.Diagnostic) findingKey {
	return findingKey{fset.Position(d.Pos), fset.Position(cmp.Or(d.End, d.Pos)), d.Message}
}

// collect returns the diagnostics of the root packages, each once, in
// file and position order.
func collect(g *checker.Graph) []*finding {
	seen := map[findingKey]bool{}
	var fs []*finding
	for _, act := range g.Roots {
		for _, d := range act.Diagnostics {
			f := &finding{
				diag: d,
				fset: act.Package.Fset,
				pos:  act.Package.Fset.Position(d.Pos),
				end:  act.Package.Fset.Position(cmp.Or(d.End, d.Pos)),
			}
			if k := f.key(); !seen[k] {
				seen[k] = true
				fs = append(fs, f)
			}
		}
	}
	slices.SortFunc(fs, func(a, b *finding) int {
		return cmp.Or(
			cmp.Compare(a.pos.Filename, b.pos.Filename),
			cmp.Compare(a.pos.Offset, b.pos.Offset),
			cmp.Compare(a.end.Offset, b.end.Offset),
			cmp.Compare(a.diag.Message, b.diag.Message),
		)
	})
	return fs
}

// displayPath returns filename relative to the working directory when it
// is below it, as the go command shows file names, else unchanged.
func (r *run) displayPath(filename string) string {
	rel, err := filepath.Rel(r.o.Dir, filename)
	if err != nil || !filepath.IsLocal(rel) {
		return filename
	}
	return rel
}

// checkConstructors reports configured constructors whose package no root
// package is or imports (a typo in the path switches them off silently
// otherwise). It needs every root analyzed: a root that failed may be the
// one that imports the constructor.
func (r *run) checkConstructors(a *analysis.Analyzer, graph *checker.Graph) {
	var results []any
	for _, act := range graph.Roots {
		if act.Err != nil {
			return
		}
		results = append(results, act.Result)
	}
	if err := analyzer.UnresolvedConstructors(results); err != nil {
		for _, msg := range strings.Split(err.Error(), "\n") {
			r.fail(a.Name + ": " + msg)
		}
	}
}
