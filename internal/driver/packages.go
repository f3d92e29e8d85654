package driver

import (
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// fileSets sort the files of the loaded packages by what may be done
// with them.
type fileSets struct {
	source   map[string]bool // files as their authors wrote them (not cgo's output)
	writable map[string]bool // source files of the main module(s): -fix may write them
}

// parseFile is the loader's ParseFile: it remembers a hash of the bytes it
// parses, so that -fix can tell whether the file on disk is still the one
// its offsets were computed in.
//
// It parses as go/packages does by default, but without the parser's
// object resolution (ast.Ident.Obj, ast.File.Scope and Unresolved), as
// gopls does: go/types does not use it, nor does the analyzer, which reads
// types.Info only (TestNoObjectResolution guards that), and skipping it
// saves about 6% of a whole run's CPU time (a third of the parse) and
// its garbage. The import fixer parses files of its own.
func (r *run) parseFile(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	r.hashes.Store(filename, sha256.Sum256(src))
	return parser.ParseFile(fset, filename, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
}

// analyzedHash returns the hash of the bytes of filename that were parsed.
func (r *run) analyzedHash(filename string) ([sha256.Size]byte, bool) {
	v, ok := r.hashes.Load(filename)
	if !ok {
		return [sha256.Size]byte{}, false
	}
	return v.([sha256.Size]byte), true
}

// classify records, for the analyzer's guard and for -fix, which packages
// do not build, whose errors are reported, and which files are whose.
//
// Errors of the analyzer (a bad .errcodecheck.yml, say) are reported for
// the packages named on the command line and for every package of the
// main module(s). A dependency from elsewhere (the module cache, GOROOT) is
// analyzed for its facts only, as go vet analyzes it: its own
// configuration's errors are not the user's to fix and must not stop the
// run, so they become a note.
func (r *run) classify(roots []*packages.Package) {
	r.broken = map[*types.Package]bool{}
	r.reported = map[*types.Package]bool{}
	r.files = fileSets{source: map[string]bool{}, writable: map[string]bool{}}
	for _, p := range roots {
		r.reported[p.Types] = true
	}
	packages.Visit(roots, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 {
			r.broken[p.Types] = true
		}
		main := p.Module != nil && p.Module.Main && p.Module.Dir != ""
		if main {
			r.reported[p.Types] = true
		}
		for _, f := range p.GoFiles {
			r.files.source[f] = true
			if main && inModule(p.Module.Dir, f) {
				r.files.writable[f] = true
			}
		}
	})
}

// inModule reports whether file belongs to the module at dir: below it,
// not in its vendor directory (other modules' code), and not a symbolic
// link to a file elsewhere (writing through it would change that file).
func inModule(dir, file string) bool {
	if !inDir(dir, file) || inVendor(dir, file) {
		return false
	}
	realDir, err1 := filepath.EvalSymlinks(dir)
	realFile, err2 := filepath.EvalSymlinks(file)
	return err1 == nil && err2 == nil && inDir(realDir, realFile) && !inVendor(realDir, realFile)
}

// inDir reports whether file is below dir.
func inDir(dir, file string) bool {
	rel, err := filepath.Rel(dir, file)
	return err == nil && filepath.IsLocal(rel)
}

// inVendor reports whether file is in the vendor directory of the module
// at dir: those files are other modules' code.
func inVendor(dir, file string) bool {
	return inDir(filepath.Join(dir, "vendor"), file)
}

// guard wraps a so that one package that does not build, or a dependency
// whose configuration is broken, does not take down the analysis of every
// package above it: checker.Analyze fails all dependents of a failed
// action ("failed prerequisites").
//
// A package with errors of its own is not analyzed (its errors are
// reported with the load errors and it is listed at the end); packages
// importing it are, with the types the type checker could make of it.
func (r *run) guard(a *analysis.Analyzer) *analysis.Analyzer {
	g := *a
	g.RunDespiteErrors = true
	var mu sync.Mutex
	// A package not analyzed still returns a value of the declared
	// ResultType, as the checker requires: a typed nil.
	var none any
	if a.ResultType != nil {
		none = reflect.Zero(a.ResultType).Interface()
	}
	g.Run = func(pass *analysis.Pass) (res any, err error) {
		if r.broken[pass.Pkg] {
			return none, nil
		}
		// A package importing a broken one is analyzed with the types the
		// type checker made of it; should that crash the analyzer, the
		// package fails, not the run.
		defer func() {
			if p := recover(); p != nil {
				res, err = nil, fmt.Errorf("internal error: the analyzer panicked: %v", p)
			}
		}()
		res, err = a.Run(pass)
		if err != nil && !r.reported[pass.Pkg] {
			mu.Lock()
			r.depErrors = append(r.depErrors, fmt.Sprintf("%s: note: %s: not checked, analyzed for facts only: %v", a.Name, pass.Pkg.Path(), err))
			mu.Unlock()
			return none, nil
		}
		return res, err
	}
	return &g
}

// printNotes prints the notes on dependencies gathered while analyzing,
// sorted, since the analysis runs in parallel.
func (r *run) printNotes() {
	slices.Sort(r.depErrors)
	for _, n := range slices.Compact(r.depErrors) {
		fmt.Fprintln(r.o.Stderr, n)
	}
}

// listBroken names, after the findings, the packages that were not
// analyzed because they do not build.
func (r *run) listBroken(name string, roots []*packages.Package) {
	var ids []string
	packages.Visit(roots, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 {
			ids = append(ids, p.ID)
		}
	})
	if len(ids) == 0 {
		return
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	word := "packages"
	if len(ids) == 1 {
		word = "package"
	}
	fmt.Fprintf(r.o.Stderr, "%s: %d %s not analyzed, with errors above: %s\n", name, len(ids), word, strings.Join(ids, ", "))
}
