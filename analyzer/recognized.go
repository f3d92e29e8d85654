package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"
)

// Recognition says why a function, method or struct type was taken for a
// constructor of HTTP errors, and how often the analyzed packages use it:
// what "errcodecheck -constructors" prints, so that a user who sees no
// finding can tell what was recognized and what was not.
type Recognition struct {
	Name  string // types.Func.FullName, or "path/to/pkg.Type" for a struct type
	Why   string // configured (with the config's file:line), directive, wrapper, fact or heuristics
	Uses  int    // constructions in the root packages
	First string // file:line:col of the first of them
}

// ExplainConstructors makes the analyzer record, for each package, the
// constructors its constructions use and why they are constructors
// (Recognized reads them). It costs a map update per construction, so it
// is off unless a driver asks.
func (p *Preloader) ExplainConstructors() { p.in.explain = true }

// Recognized merges the recognitions recorded in results (the analyzer's
// results on the root packages; other values are passed over), sorted by
// name. A construction in a file shared by a package's variants (p and p
// [p.test]) counts once.
func Recognized(results []any) []Recognition {
	type merged struct {
		why   string
		sites map[string]bool
	}
	byName := map[string]*merged{}
	for _, v := range results {
		r, ok := v.(*Result)
		if !ok || r == nil {
			continue
		}
		for name, u := range r.recognized {
			m := byName[name]
			if m == nil {
				m = &merged{why: u.why, sites: map[string]bool{}}
				byName[name] = m
			}
			for _, at := range u.sites {
				m.sites[at] = true
			}
		}
	}
	out := make([]Recognition, 0, len(byName))
	for name, m := range byName {
		sites := slices.Sorted(maps.Keys(m.sites))
		out = append(out, Recognition{Name: name, Why: m.why, Uses: len(sites), First: sites[0]})
	}
	slices.SortFunc(out, func(a, b Recognition) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// use is what one package records of one constructor.
type use struct {
	why   string
	sites []string // file:line:col of each construction
}

// record notes the constructor of construction n (recognized) for
// Recognized.
func (c *checker) record(n ast.Node) {
	name, why := c.whyConstructor(n)
	if name == "" {
		return
	}
	if c.recognized == nil {
		c.recognized = map[string]*use{}
	}
	pos := c.pass.Fset.Position(n.Pos())
	u := c.recognized[name]
	if u == nil {
		u = &use{why: why}
		c.recognized[name] = u
	}
	u.sites = append(u.sites, fmt.Sprintf("%s:%d:%d", pos.Filename, pos.Line, pos.Column))
}

// whyConstructor names the constructor of a recognized construction and
// says why it is one, in the order funcSpec and structSpec decide.
func (c *checker) whyConstructor(n ast.Node) (name, why string) {
	switch n := n.(type) {
	case *ast.CallExpr:
		fn, _ := callee(c.pass.TypesInfo, n)
		if fn == nil {
			return "", ""
		}
		name = fn.FullName()
		if sp, ok := c.own[fn]; ok {
			if sp.wrapper {
				return name, "inferred wrapper in package " + c.pass.Pkg.Path() + ": passes its parameters on to a constructor"
			}
			return name, "//errcodecheck:constructor directive in package " + c.pass.Pkg.Path()
		}
		if i, ok := c.st.funcs[name]; ok {
			return name, "configured: " + c.st.cfg.where(fmt.Sprintf("constructors[%d]", i))
		}
		var f ctorFact
		if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &f) {
			if f.Wrapper {
				return name, "inferred wrapper in package " + fn.Pkg().Path() + ": passes its parameters on to a constructor"
			}
			return name, "//errcodecheck:constructor directive in package " + fn.Pkg().Path()
		}
		if sp := heuristicFuncSpec(fn.Signature()); sp != nil {
			return name, "naming heuristics: " + heuristicNames(sp, fn.Signature().Params().At, "parameter")
		}
	case *ast.CompositeLit:
		named, st := namedStruct(c.pass.TypesInfo, n)
		if named == nil {
			return "", ""
		}
		name = typeKey(named)
		if i, ok := c.st.types[name]; ok {
			return name, "configured: " + c.st.cfg.where(fmt.Sprintf("constructors[%d]", i))
		}
		if sp := heuristicStructSpec(st); sp != nil {
			return name, "naming heuristics: " + heuristicNames(sp, st.Field, "field")
		}
	}
	return name, "recognized"
}

// heuristicNames says which parameters or fields the heuristics matched.
func heuristicNames(sp *spec, at func(int) *types.Var, what string) string {
	var parts []string
	for _, p := range [...]struct {
		role string
		i    int
	}{{"status", sp.status}, {"code", sp.code}, {"message", sp.message}} {
		if p.i != noArg {
			parts = append(parts, fmt.Sprintf("%s %s %s", p.role, what, at(p.i).Name()))
		}
	}
	return strings.Join(parts, ", ")
}
