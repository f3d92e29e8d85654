package main

// errcodecheck init: the guided first run. It finds the module's catalog,
// surveys the packages' constructors and prints a proposed
// .errcodecheck.yml on standard output.

import (
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/catalog"
	"github.com/errcodecheck/errcodecheck/internal/driver"
)

const initUsage = `usage: errcodecheck init [-test=false] [PACKAGES]
Run 'errcodecheck -help' for the manual.
`

// runInit runs "errcodecheck init ARGS" and returns the exit status.
func runInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("errcodecheck init", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	tests := fs.Bool("test", true, "also survey the packages' test files")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, initUsage)
			return driver.ExitClean
		}
		fmt.Fprintf(stderr, "errcodecheck init: %v\n%s", err, initUsage)
		return exitUsage
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	p, err := propose(patterns, *tests, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "errcodecheck init: %v\n", err)
		return driver.ExitFailure
	}
	if _, err := io.WriteString(stdout, p); err != nil {
		fmt.Fprintf(stderr, "errcodecheck init: %v\n", err)
		return driver.ExitFailure
	}
	return driver.ExitClean
}

// propose surveys the packages and renders the proposed configuration.
func propose(patterns []string, tests bool, stderr io.Writer) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	root := analyzer.FindModuleRoot(wd)
	if root == "" {
		return "", fmt.Errorf("no go.mod in %s or above: run errcodecheck init in a Go module", wd)
	}
	// An empty file is the one "errcodecheck init > .errcodecheck.yml"
	// has just created.
	if cfg := analyzer.FindConfig(wd); cfg != "" && !emptyFile(cfg) {
		fmt.Fprintf(stderr, "errcodecheck init: %s exists; this proposal does not read it\n", shortPath(wd, cfg))
	}
	var w proposal
	w.module = filepath.Base(root)
	if data, err := os.ReadFile(filepath.Join(root, "go.mod")); err == nil {
		if m := modulePath(data); m != "" {
			w.module = m
		}
	}
	if path := analyzer.FindCatalog(root); path != "" {
		// The catalog must load as the proposal names it: a broken one is
		// better fixed now than found by the first run.
		cat, _, err := catalog.Load(path, catalog.Overrides{})
		if err != nil {
			return "", err
		}
		w.catalog, _ = filepath.Rel(root, path)
		w.catalog = filepath.ToSlash(w.catalog)
		w.digits = cat.Rules.Digits
	}

	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedSyntax |
			packages.NeedTypes | packages.NeedTypesInfo | packages.NeedTypesSizes,
		Tests: tests,
	}, patterns...)
	if err != nil {
		return "", err
	}
	if len(pkgs) == 0 {
		return "", fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	var loadErrs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			loadErrs = append(loadErrs, e.Error())
		}
	})
	if len(loadErrs) > 0 {
		return "", errors.New(strings.Join(loadErrs, "\n"))
	}
	s := analyzer.NewSurvey(w.digits)
	seen := map[string]bool{} // a package and its test variant share files
	for _, p := range pkgs {
		var files []*ast.File
		for _, f := range p.Syntax {
			name := p.Fset.Position(f.Package).Filename
			if !seen[name] {
				seen[name] = true
				files = append(files, f)
			}
		}
		s.Add(p.Fset, p.Types, p.TypesInfo, files)
	}
	w.proposals = s.Proposals()
	return w.render(), nil
}

func emptyFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Size() == 0
}

// modulePath returns the module path of a go.mod file, or "".
func modulePath(gomod []byte) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module"); ok && rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
			m := strings.TrimSpace(rest)
			if u, err := strconv.Unquote(m); err == nil {
				return u
			}
			return m
		}
	}
	return ""
}

// proposal is what init found, to render as YAML.
type proposal struct {
	module    string
	catalog   string // relative to the module root, slash-separated; "" for none
	digits    int
	proposals []analyzer.Proposal
}

// render writes the proposal as a .errcodecheck.yml that LoadConfig
// accepts as it is: candidates are comments, ready to uncomment.
func (w *proposal) render() string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("# A .errcodecheck.yml proposed by \"errcodecheck init\" for module %s.", w.module)
	line("# Save it next to go.mod and edit it; the keys are described at")
	line("# %s.", analyzer.URL)
	line("")
	if w.catalog != "" {
		line("# The module's own catalog, found at a conventional place.")
		line("catalog: %s", strconv.Quote(w.catalog))
	} else {
		line("# No catalog was found (%s,", orList(analyzer.CatalogNames()))
		line("# at the module root or in docs/). Without a catalog key the embedded")
		line("# example catalog is used, which does not know your codes: write your")
		line("# table and name it here.")
		line("# catalog: docs/errcodes.md")
	}
	line("")
	line("# Naming heuristics recognize constructors by parameter and field names;")
	line("# once the constructors below are complete, they may be turned off.")
	line("heuristics: true")
	line("")
	var known, cands []analyzer.Proposal
	for _, p := range w.proposals {
		if p.Candidate {
			cands = append(cands, p)
		} else {
			known = append(known, p)
		}
	}
	if len(known) == 0 && len(cands) == 0 {
		line("# No constructor was recognized, and no call passed a constant HTTP status")
		line("# and a constant code: name yours here (func or type, status, code, message).")
		line("constructors: []")
		return b.String()
	}
	line("constructors:")
	if len(known) > 0 {
		line("  # Recognized by the naming heuristics.")
	}
	for _, p := range known {
		writeEntry(&b, "  ", p)
	}
	if len(cands) > 0 {
		width := "constant code"
		if w.digits > 0 {
			width = fmt.Sprintf("%d-digit constant code", w.digits)
		}
		line("  # Candidates: called with a constant HTTP status and a %s,", width)
		line("  # but not recognized. Uncomment those that build HTTP errors.")
	}
	for _, p := range cands {
		writeEntry(&b, "  # ", p)
	}
	return b.String()
}

// writeEntry writes one constructors entry, each line after prefix.
func writeEntry(b *strings.Builder, prefix string, p analyzer.Proposal) {
	key, name, unit := "func", p.Func, "call"
	if p.Type != "" {
		key, name, unit = "type", p.Type, "literal"
	}
	if p.Calls != 1 {
		unit += "s"
	}
	fmt.Fprintf(b, "%s- %s: %s # %d %s\n", prefix, key, strconv.Quote(name), p.Calls, unit)
	for _, kv := range [...][2]string{{"status", p.Status}, {"code", p.Code}, {"message", p.Message}} {
		if kv[1] != "" {
			fmt.Fprintf(b, "%s  %s: %s\n", prefix, kv[0], kv[1])
		}
	}
}
