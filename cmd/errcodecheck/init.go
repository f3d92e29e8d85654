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
		cat, rules, err := loadFound(path)
		if err != nil {
			return "", err
		}
		w.catalog, _ = filepath.Rel(root, path)
		w.catalog = filepath.ToSlash(w.catalog)
		w.digits = cat.Rules.Digits
		w.rules = rules
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

// loadFound loads the catalog init found. Without a rules line a catalog
// follows the default rules (8 digits, prefix on); one whose entries
// follow others (6-digit codes, statuses chosen freely) fails to load as
// it is. Then the rules its entries do follow are returned, to propose as
// config keys, so that the proposal loads. A catalog that states its rules,
// or that is wrong in other ways, gets its own errors.
func loadFound(path string) (*catalog.Catalog, *catalog.Rules, error) {
	cat, _, err := catalog.Load(path, catalog.Overrides{})
	if err == nil {
		return cat, nil, nil
	}
	if data, rerr := os.ReadFile(path); rerr != nil || strings.Contains(string(data), "errcodecheck:rules") {
		return nil, nil, err
	}
	anyWidth, off := 0, false
	loose, _, lerr := catalog.Load(path, catalog.Overrides{Digits: &anyWidth, Prefix: &off})
	if lerr != nil {
		return nil, nil, err
	}
	r := inferRules(loose.Entries)
	cat, _, rerr := catalog.Load(path, catalog.Overrides{Digits: &r.Digits, Prefix: &r.Prefix})
	if rerr != nil {
		return nil, nil, err
	}
	return cat, &r, nil
}

// inferRules returns the rules that entries follow: their common width
// (0 when they differ), and the prefix rule when every code starts with
// its status.
func inferRules(entries []catalog.Entry) catalog.Rules {
	r := catalog.Rules{Prefix: len(entries) > 0}
	for i, e := range entries {
		if w := len(strconv.FormatInt(e.Code, 10)); i == 0 {
			r.Digits = w
		} else if w != r.Digits {
			r.Digits = 0
			break
		}
	}
	for _, e := range entries {
		if p, ok := catalog.PrefixStatus(e.Code); !ok || p != e.Status {
			r.Prefix = false
		}
	}
	return r
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
	rules     *catalog.Rules // the catalog's rules, to state in the config; nil: its own
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
		if r := w.rules; r != nil {
			digits := "any"
			if r.Digits > 0 {
				digits = strconv.Itoa(r.Digits)
			}
			line("# It has no rules line, and its codes are not 8 digits starting with")
			line("# their status: these keys state the conventions its entries follow.")
			line("code-digits: %s", digits)
			line("prefix-rule: %v", r.Prefix)
		}
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
