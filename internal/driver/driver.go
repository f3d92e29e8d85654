// Package driver runs an analyzer on packages loaded from source, the way
// singlechecker does, and reports its findings as text, JSON, SARIF, code
// climate or checkstyle XML, or applies its suggested fixes: the standalone
// mode of cmd/errcodecheck.
//
// Unlike singlechecker, the exit status says the same thing in every output
// format: 0 clean, 3 findings, 1 when the tool itself failed (standard
// output that cannot be written included). Findings are sorted by file,
// line, column, category and message in every format. A package that
// does not build is listed, not analyzed, and does not stop the analysis
// of the others; errors of the analyzer on dependencies outside the main
// module(s) are notes (see classify). Fixes are located in the bytes on
// disk, applied only to unchanged files of the main module(s), and
// written atomically (see fix). SARIF, code climate and checkstyle name
// files relative to the source root, by default the git repository's
// (see sourceRoot); NewFromRev keeps the findings on the lines git says
// changed (see newChangedLines).
package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"

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
	Text        Format = iota // file:line:col: message, on standard error
	JSON                      // the x/tools JSON tree, on standard output
	SARIF                     // SARIF 2.1.0, on standard output
	CodeClimate               // GitLab code quality (code-climate JSON), on standard output
	Checkstyle                // checkstyle XML, on standard output
)

// Options control a run.
type Options struct {
	Dir   string // directory the patterns are relative to; "" for the current one
	Tests bool   // load test packages too
	// BuildTags is a comma-separated list of build tags, as for go
	// build -tags; "" for none.
	BuildTags string
	Format    Format
	Context   int  // with Text, lines of context around each finding; -1 for none
	Fix       bool // apply the first suggested fix of each finding
	Diff      bool // print the fixes as a unified diff; change nothing
	Tool      Tool // for SARIF
	// SourceRoot is the directory SARIF, code-climate and checkstyle
	// paths are relative to; "" for the git repository root, else the
	// module root (see sourceRoot).
	SourceRoot string
	// NewFromRev, if set, keeps only the findings on lines added or
	// changed since that git revision (see newChangedLines).
	NewFromRev string
	// Rules describe the checks, one per category, for SARIF.
	Rules []Rule
	// Severity, if set, returns the severity (SeverityError or
	// SeverityWarning) of a finding of category at pos; nil: every
	// finding is an error.
	Severity func(pos token.Position, category string) string
	// Strict makes warnings fail the run as errors do.
	Strict bool
	// Results, if set, receives the analyzer's results on the root
	// packages (those that were analyzed) after the analysis, before the
	// findings are printed.
	Results func(results []any)
	// Extra, if set, returns the findings of whole-program checks from
	// the analyzer's results on the root packages, after the analysis;
	// they are printed, filtered and counted with the others. It is not
	// called when a root package failed: a whole-program check needs
	// every package.
	Extra  func(results []any) []Extra
	Stdout io.Writer
	Stderr io.Writer
	// Preflight, if set, runs before any package is loaded: an error
	// fails the run at once (the analyzer's configuration is checked
	// there, so that a mistake in it costs no load).
	Preflight func() error

	// writeFile, when set, replaces writeFileAtomic: the tests make it fail.
	writeFile func(name string, orig, data []byte) error
}

// Tool describes the analysis tool in SARIF output.
type Tool struct {
	Name           string
	Version        string // the module version (v1.2.3, a pseudo-version) or "devel"
	InformationURI string
}

// Extra is a finding of a whole-program check: computed after every
// package was analyzed, at a Go source position or at a line of another
// file (a catalog's). It has no suggested fixes.
type Extra struct {
	Pos      token.Position
	End      token.Position // optional
	Category string
	Message  string
	// Group is the key of the -json tree the finding is listed under: the
	// package's import path, or the file's name for a finding outside Go
	// code.
	Group string
}

// A finding is one diagnostic of a root package, with what is needed to
// print it.
type finding struct {
	diag analysis.Diagnostic
	fset *token.FileSet // nil for an Extra
	pos  token.Position
	end  token.Position
	// group is an Extra's -json key; "" for a diagnostic of the graph.
	group string
}

// Run loads the packages matching patterns, applies a to them and to
// their dependencies (for facts), reports what it finds as o says and
// returns the exit status.
func Run(a *analysis.Analyzer, patterns []string, o Options) int {
	// Dir, absolute, is also what file names are shown relative to.
	if abs, err := filepath.Abs(o.Dir); err == nil {
		o.Dir = abs
	}
	r := &run{o: o, stdout: &errWriter{w: o.Stdout}}
	r.o.Stdout = r.stdout
	code := r.main(a, patterns)
	// A lost result is a failure: -json > /dev/full must not exit 0.
	if r.stdout.err != nil {
		fmt.Fprintf(r.o.Stderr, "%s: writing standard output: %v\n", a.Name, r.stdout.err)
		return ExitFailure
	}
	return code
}

type run struct {
	o        Options
	stdout   *errWriter // o.Stdout, remembering the first write error
	failures []string   // what made the tool fail, once each, in order
	seen     map[string]bool
	notes    map[string]bool

	hashes sync.Map // file name -> [sha256.Size]byte of the bytes parsed

	// Filled in after the load, read by the analyzer's guard.
	broken   map[*types.Package]bool // packages with errors of their own: not analyzed
	reported map[*types.Package]bool // packages whose analyzer errors are reported
	files    fileSets
	// Errors of the analyzer on dependencies, which do not fail the run.
	depErrors []string

	root     string // sourceRoot's answer, once asked
	rootDone bool
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
	if r.o.Preflight != nil {
		if err := r.o.Preflight(); err != nil {
			r.fail(a.Name + ": " + err.Error())
			r.writeEmpty(nil)
			return ExitFailure
		}
	}
	var changed *changedLines
	if r.o.NewFromRev != "" {
		// Asked before the load: a bad revision costs nothing.
		var err error
		if changed, err = newChangedLines(r.o.Dir, r.o.NewFromRev); err != nil {
			r.fail(a.Name + ": " + err.Error())
			r.writeEmpty(nil)
			return ExitFailure
		}
	}
	pkgs, err := r.load(patterns)
	if err != nil {
		r.fail(a.Name + ": " + err.Error())
		r.writeEmpty(nil)
		return ExitFailure
	}
	r.packageErrors(pkgs)
	r.classify(pkgs)

	graph, err := checker.Analyze([]*analysis.Analyzer{r.guard(a)}, pkgs, nil)
	if err != nil {
		r.fail(a.Name + ": " + err.Error())
		r.writeEmpty(pkgs)
		return ExitFailure
	}
	r.printNotes()
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
		if strings.HasPrefix(msg, "failed prerequisites:") {
			continue // the prerequisite's own error is reported
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
	if r.o.Results != nil {
		var results []any
		for _, act := range graph.Roots {
			if act.Err == nil {
				results = append(results, act.Result)
			}
		}
		r.o.Results(results)
	}

	findings := collect(graph)
	if r.o.Extra != nil {
		findings = mergeExtra(findings, r.extra(a, graph))
	}
	if changed != nil {
		findings = slices.DeleteFunc(findings, func(f *finding) bool {
			isNew, outside := changed.has(f.pos.Filename, f.pos.Line)
			if outside {
				r.note(fmt.Sprintf("%s: -new-from-rev: the file is outside the git repository %s: all its findings are reported", r.displayPath(f.pos.Filename), changed.root))
			}
			return !isNew
		})
		keepOnly(graph, findings)
	}
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
			keepOnly(graph, shown)
		}
	}

	switch r.o.Format {
	case JSON:
		if err := r.writeJSON(graph, shown); err != nil && r.stdout.err == nil { // a write error is reported by Run
			r.fail(a.Name + ": " + err.Error())
		}
	case SARIF:
		if err := r.writeSARIF(shown, pkgs); err != nil && r.stdout.err == nil {
			r.fail(a.Name + ": " + err.Error())
		}
	case CodeClimate:
		if err := r.writeCodeClimate(shown, pkgs); err != nil && r.stdout.err == nil {
			r.fail(a.Name + ": " + err.Error())
		}
	case Checkstyle:
		if err := r.writeCheckstyle(shown, pkgs); err != nil && r.stdout.err == nil {
			r.fail(a.Name + ": " + err.Error())
		}
	default:
		r.printText(shown)
	}
	r.listBroken(a.Name, pkgs)

	switch {
	case len(r.failures) > 0:
		return ExitFailure
	case slices.ContainsFunc(remaining, func(f *finding) bool { return r.o.Strict || r.severity(f) != SeverityWarning }):
		return ExitFindings
	}
	return ExitClean // clean, or warnings only
}

// The severities of findings.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// severity is a finding's severity.
func (r *run) severity(f *finding) string {
	if r.o.Severity == nil {
		return SeverityError
	}
	return cmp.Or(r.o.Severity(f.pos, f.diag.Category), SeverityError)
}

// writeEmpty writes, when the run failed before any analysis, the
// document that -json and -sarif promise on standard output: an empty JSON
// tree, a SARIF log of a failed run.
func (r *run) writeEmpty(pkgs []*packages.Package) {
	switch r.o.Format {
	case JSON:
		_, _ = fmt.Fprintln(r.o.Stdout, "{}") // a write error is seen by r.stdout
	case SARIF:
		_ = r.writeSARIF(nil, pkgs) // its invocation says the run failed
	case CodeClimate:
		_ = r.writeCodeClimate(nil, pkgs)
	case Checkstyle:
		_ = r.writeCheckstyle(nil, pkgs)
	}
}

// keepOnly removes from the graph's root diagnostics, which -json prints,
// those that are not among findings.
func keepOnly(graph *checker.Graph, findings []*finding) {
	keep := map[findingKey]bool{}
	for _, f := range findings {
		keep[f.key()] = true
	}
	for _, act := range graph.Roots {
		act.Diagnostics = slices.DeleteFunc(act.Diagnostics, func(d analysis.Diagnostic) bool {
			return !keep[keyOf(act.Package.Fset, d)]
		})
	}
}

// load loads the packages and, for facts, the syntax of all their
// dependencies.
func (r *run) load(patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode:      packages.LoadAllSyntax | packages.NeedModule,
		Dir:       r.o.Dir,
		Tests:     r.o.Tests,
		ParseFile: r.parseFile,
	}
	if r.o.BuildTags != "" {
		cfg.BuildFlags = []string{"-tags=" + r.o.BuildTags}
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
// as packages.PrintErrors does.
func (r *run) packageErrors(pkgs []*packages.Package) {
	seenMod := map[*packages.Module]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Error()
			if e.Pos != "" {
				msg = r.displayPos(e.Pos) + ": " + e.Msg
			}
			r.fail(msg)
		}
		if m := p.Module; m != nil && m.Error != nil && !seenMod[m] {
			seenMod[m] = true
			r.fail(m.Error.Err)
		}
	})
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
	slices.SortFunc(fs, func(a, b *finding) int { return compareDiag(a.pos, a.end, &a.diag, b.pos, b.end, &b.diag) })
	return fs
}

// extra returns the findings of Options.Extra, or none when a root
// package was not analyzed: a whole-program check would judge without it.
func (r *run) extra(a *analysis.Analyzer, graph *checker.Graph) []Extra {
	var results []any
	for _, act := range graph.Roots {
		if act.Err != nil || r.broken[act.Package.Types] {
			r.note(fmt.Sprintf("%s: whole-program checks skipped: package %s was not analyzed", a.Name, act.Package.PkgPath))
			return nil
		}
		results = append(results, act.Result)
	}
	return r.o.Extra(results)
}

// mergeExtra adds the extras to the sorted findings, each once, and sorts
// the whole.
func mergeExtra(fs []*finding, extra []Extra) []*finding {
	if len(extra) == 0 {
		return fs
	}
	seen := map[findingKey]bool{}
	for _, f := range fs {
		seen[f.key()] = true
	}
	for _, e := range extra {
		f := &finding{
			diag:  analysis.Diagnostic{Category: e.Category, Message: e.Message},
			pos:   e.Pos,
			end:   e.End,
			group: e.Group,
		}
		if !f.end.IsValid() {
			f.end = f.pos
		}
		if k := f.key(); !seen[k] {
			seen[k] = true
			fs = append(fs, f)
		}
	}
	slices.SortFunc(fs, func(a, b *finding) int { return compareDiag(a.pos, a.end, &a.diag, b.pos, b.end, &b.diag) })
	return fs
}

// compareDiag orders diagnostics by file, line, column, category and
// message, as every output format lists them, whatever order the
// packages were parsed and analyzed in.
func compareDiag(apos, aend token.Position, a *analysis.Diagnostic, bpos, bend token.Position, b *analysis.Diagnostic) int {
	return cmp.Or(
		cmp.Compare(apos.Filename, bpos.Filename),
		cmp.Compare(apos.Line, bpos.Line),
		cmp.Compare(apos.Column, bpos.Column),
		cmp.Compare(a.Category, b.Category),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(aend.Filename, bend.Filename),
		cmp.Compare(aend.Line, bend.Line),
		cmp.Compare(aend.Column, bend.Column),
	)
}

// displayPos shows a "file:line:col" position of a load error as
// findings are shown: the file relative to the working directory.
func (r *run) displayPos(pos string) string {
	file, suffix := pos, ""
	for range 2 { // :col, then :line
		i := strings.LastIndexByte(file, ':')
		if i < 0 || strings.Trim(file[i+1:], "0123456789") != "" || i == len(file)-1 {
			break
		}
		file, suffix = file[:i], file[i:]+suffix
	}
	return r.displayPath(file) + suffix
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

// packageExists reports whether the go command finds the package path
// from the run's directory (a run on part of a module does not load every
// package a configuration names).
func (r *run) packageExists(path string) bool {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles, Dir: r.o.Dir}
	if r.o.BuildTags != "" {
		cfg.BuildFlags = []string{"-tags=" + r.o.BuildTags}
	}
	pkgs, err := packages.Load(cfg, path)
	return err == nil && len(pkgs) == 1 && len(pkgs[0].Errors) == 0 && len(pkgs[0].GoFiles)+len(pkgs[0].IgnoredFiles) > 0
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
	if err := analyzer.UnresolvedConstructors(results, r.packageExists); err != nil {
		for _, msg := range strings.Split(err.Error(), "\n") {
			r.fail(a.Name + ": " + msg)
		}
	}
}
