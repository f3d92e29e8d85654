package analyzer

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/mod/modfile"
)

// Configured constructors are resolved against the packages that declare
// them, when those are analyzed: a constructor whose package path has a
// typo is never resolved, and the check would be off without a word.
// Paths inside the config's own module are checked on disk when the config
// is validated, in every driver; the others after a standalone run
// (UnresolvedConstructors).

// checkModulePackages returns an error for each constructor whose package
// path lies inside the main module of the config (the nearest go.mod
// above its directory) but names no directory holding Go files.
func (c *Config) checkModulePackages() []string {
	if len(c.Constructors) == 0 {
		return nil
	}
	root, mod := mainModule(c.Dir)
	if mod == "" {
		return nil
	}
	var errs []string
	for i, ct := range c.Constructors {
		key := fmt.Sprintf("constructors[%d].func", i)
		pkg := ""
		if ct.Func != "" {
			fn, err := parseFuncName(ct.Func)
			if err != nil {
				continue // reported by Validate
			}
			pkg = fn.pkg
		} else {
			key = fmt.Sprintf("constructors[%d].type", i)
			p, _, err := splitQualified(ct.Type)
			if err != nil {
				continue
			}
			pkg = p
		}
		rel, ok := strings.CutPrefix(pkg, mod)
		if !ok || rel != "" && rel[0] != '/' {
			continue // another module's: checked after the run
		}
		dir := filepath.Join(root, filepath.FromSlash(rel))
		if why := goFilesIn(dir); why != "" {
			errs = append(errs, fmt.Sprintf("%s: package %s is not in module %s: %s", c.where(key), pkg, mod, why))
		}
	}
	return errs
}

// mainModule returns the directory and module path of the nearest go.mod
// at or above dir ("" for the current directory); "" when there is none
// or it declares no module path.
func mainModule(dir string) (root, path string) {
	if dir == "" {
		dir = "."
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", ""
	}
	for {
		gomod := filepath.Join(dir, "go.mod")
		if st, err := os.Stat(gomod); err == nil && st.Mode().IsRegular() && st.Size() < maxConfigSize {
			data, err := os.ReadFile(gomod)
			if err != nil {
				return "", ""
			}
			return dir, modfile.ModulePath(data)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ""
		}
		dir = parent
	}
}

// goFilesIn says why dir is not a Go package directory, or returns "".
func goFilesIn(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return "no directory " + dir
		}
		return err.Error()
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") && !e.IsDir() {
			return ""
		}
	}
	return "directory " + dir + " holds no Go files"
}

// Result is the analyzer's result for a package: which configured
// constructors' packages the package is or imports (transitively). The
// standalone driver hands the results of its root packages to
// UnresolvedConstructors.
type Result struct {
	st         *setup
	pkg        *types.Package  // the analyzed package; nil for one without files
	reach      []bool          // by index in st.cfg.Constructors
	recognized map[string]*use // with ExplainConstructors, by constructor name
	usage      *usage          // with Unused or Inventory: the package's uses of codes
	conflicts  []conflictSite  // in a whole run, status-conflict's sites
	// In a whole run (Preloader.WholeProgram): ignore directives that
	// silenced nothing in the package but may silence a whole-program
	// finding, and the generated files whose findings are not reported.
	deferred  []deferredIgnore
	generated map[string]bool
}

// resultType is the analyzer's ResultType: every run returns a *Result.
var resultType = reflect.TypeOf((*Result)(nil))

// newResult records which configured constructors' packages pkg reaches.
func newResult(st *setup, pkg *types.Package) *Result {
	r := &Result{st: st, pkg: pkg}
	if st == nil || len(st.byPkg) == 0 || pkg == nil {
		return r
	}
	r.reach = make([]bool, len(st.cfg.Constructors))
	left := len(st.byPkg)
	seen := map[*types.Package]bool{}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		if seen[p] || left == 0 {
			return
		}
		seen[p] = true
		if is, ok := st.byPkg[p.Path()]; ok {
			left--
			for _, i := range is {
				r.reach[i] = true
			}
		}
		for _, imp := range p.Imports() {
			walk(imp)
		}
	}
	walk(pkg)
	return r
}

// UnresolvedConstructors returns an error naming each configured
// constructor, outside the config's main module, whose package no root
// package of the run is or imports: a typo in its path, which no driver
// can otherwise tell from a constructor not used in the run. results are
// the analyzer's results on the root packages (other values are passed
// over); call it only when every root was analyzed. Constructors inside
// the main module were checked on disk when the config was validated.
//
// exists, when not nil, tells whether a package path names a package the
// build can find at all: one that exists is simply not used by this run
// (a run on part of a module) and is not reported.
func UnresolvedConstructors(results []any, exists func(pkgPath string) bool) error {
	type state struct{ reach []bool }
	var (
		order []*setup
		byST  = map[*setup]*state{}
	)
	for _, v := range results {
		r, ok := v.(*Result)
		if !ok || r == nil || r.st == nil || r.reach == nil {
			continue
		}
		s := byST[r.st]
		if s == nil {
			s = &state{reach: make([]bool, len(r.reach))}
			byST[r.st] = s
			order = append(order, r.st)
		}
		for i, ok := range r.reach {
			s.reach[i] = s.reach[i] || ok
		}
	}
	var msgs []string
	for _, st := range order {
		_, mod := mainModule(st.cfg.Dir)
		for i, ok := range byST[st].reach {
			if ok {
				continue
			}
			ct := st.cfg.Constructors[i]
			key, name := fmt.Sprintf("constructors[%d].func", i), ct.Func
			pkg := ""
			if ct.Func != "" {
				fn, _ := parseFuncName(ct.Func) // validated
				pkg = fn.pkg
			} else {
				key, name = fmt.Sprintf("constructors[%d].type", i), ct.Type
				pkg, _, _ = splitQualified(ct.Type)
			}
			if mod != "" && (pkg == mod || strings.HasPrefix(pkg, mod+"/")) {
				continue
			}
			if exists != nil && exists(pkg) {
				continue // a real package this run does not import
			}
			msgs = append(msgs, fmt.Sprintf("%s: package %s of %s is not imported by any analyzed package and cannot be found: a typo in its path?", st.cfg.where(key), pkg, name))
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	sort.Strings(msgs)
	return &ConfigError{msgs}
}
