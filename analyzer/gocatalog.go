package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/mod/module"
	"golang.org/x/tools/go/analysis"
	gochecker "golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// A catalog kept in Go ("catalog: go:PKGPATH"). The catalog package's
// entries are read from its type-checked syntax, by the analyzer's own
// recognition of constructions, in two shapes:
//
//   - registry calls: each HTTP-error construction with a constant status
//     and a constant code at package level (a package-level var's
//     initializer, or an init function): var ErrUserNotFound =
//     register(40400001, http.StatusNotFound, "user not found"). Name is
//     the constant message, Ident the var's name.
//   - constants plus a message map: each package-level map literal with
//     constant integer keys and constant string values gives one entry per
//     key (Name the string, Ident the key's constant name); the status comes
//     from a package-level map literal of integer keys and integer values
//     when one has the code, else from the code's first three digits under
//     the prefix rule.
//
// The catalog package exports its entries in a goCatalogFact; packages
// that import it, directly or not, take the catalog from the fact, and the
// others load the catalog package themselves (LoadGoCatalog), once per
// analyzer.

// GoCatalogPrefix marks a catalog kept in a Go package: "go:PKGPATH".
const GoCatalogPrefix = "go:"

// goCatalogPath returns the package path of a "go:PKGPATH" catalog value.
func goCatalogPath(value string) (string, bool) {
	return strings.CutPrefix(value, GoCatalogPrefix)
}

// checkGoCatalogPath checks the package path of a "go:" catalog key.
func (c *Config) checkGoCatalogPath() error {
	path, ok := goCatalogPath(c.Catalog)
	if !ok {
		return nil
	}
	if c.CatalogData != nil {
		return fmt.Errorf("%s: %q names a Go package, but the catalog's Markdown is given (CatalogData)", c.where("catalog"), c.Catalog)
	}
	if err := module.CheckImportPath(path); err != nil {
		return fmt.Errorf("%s: %q: want go:PKGPATH with a Go import path (go:example.com/svc/internal/code): %v", c.where("catalog"), c.Catalog, err)
	}
	return nil
}

// goCatalogFact is the package fact of a Go catalog package: its entries,
// validated, and the rules they were checked by. Every package that
// imports the catalog package, directly or not, passes it on.
type goCatalogFact struct {
	Path    string // the catalog package
	Rules   catalog.Rules
	Entries []catalog.Entry
}

func (*goCatalogFact) AFact() {}

func (f *goCatalogFact) String() string {
	codes := make([]string, len(f.Entries))
	for i, e := range f.Entries {
		codes[i] = fmt.Sprintf("%d=%d", e.Code, e.Status)
		if e.UsedElsewhere {
			codes[i] += "*" // marked used-elsewhere
		}
	}
	return "catalog(" + strings.Join(codes, " ") + ")"
}

// goCatalog is the state of a setup whose catalog is a Go package.
type goCatalog struct {
	path string // the catalog package
	// loaded: LoadGoCatalog's answer, for packages that do not import
	// the catalog package.
	once   sync.Once
	cat    *catalog.Catalog
	err    error
	byFact sync.Map // first entry of a fact's entries -> *catalog.Catalog
	idents sync.Map // *catalog.Catalog -> identIndex
}

// goRules are the rules a Go catalog is checked by: the default ones with
// the config's code-digits and prefix-rule.
func (c *Config) goRules() catalog.Rules {
	r := catalog.DefaultRules
	if c.CodeDigits != nil {
		r.Digits = *c.CodeDigits
	}
	if c.PrefixRule != nil {
		r.Prefix = *c.PrefixRule
	}
	return r
}

// catalog returns the catalog the package is checked against, loading it
// on first use: a package with nothing to check never loads a Go catalog
// it does not import. When it does not load, the error is the run's
// (c.catErr), the package reports nothing more, and an empty catalog
// stands in.
func (c *checker) catalog() *catalog.Catalog {
	if c.cat == nil {
		if err := c.useCatalog(true); err != nil {
			c.catErr, c.cat = err, emptyCatalog
			c.rep.enabled = checkSet{}
		}
	}
	return c.cat
}

// identIndex returns the catalog's identifiers, for symbol-mismatch: the
// setup's, or those of the Go catalog (loaded, as catalog() does, when the
// package does not import it), built once per catalog.
func (c *checker) identIndex() identIndex {
	g := c.st.goCat
	if g == nil {
		return c.st.idents
	}
	if c.idents != nil {
		return *c.idents
	}
	cat := c.catalog()
	v, ok := g.idents.Load(cat)
	if !ok {
		v, _ = g.idents.LoadOrStore(cat, newIdentIndex(cat))
	}
	idx := v.(identIndex)
	c.idents = &idx
	return idx
}

// namedInCatalog reports whether name, a package-level constant or
// variable, is a catalog identifier. With a Go catalog the identifiers
// are looked up only for code symbols (an integer constant, a variable
// of c.codeVars), so that a package with none does not load the catalog.
func (c *checker) namedInCatalog(name *ast.Ident) bool {
	if c.st.goCat != nil {
		switch obj := c.pass.TypesInfo.Defs[name].(type) {
		case *types.Const:
			if !isInteger(obj.Type()) {
				return false
			}
		case *types.Var:
			if _, ok := c.codeVars[obj]; !ok {
				return false
			}
		default:
			return false
		}
	}
	_, ok := c.identIndex()[name.Name]
	return ok
}

// reportCatalog returns the setup's catalog for the reports of a whole
// run (unused-code, the inventory): the Markdown one, or the Go catalog
// as the run read it (loaded by the standalone command's preflight); nil
// when a Go catalog does not load, which the run has reported.
func (st *setup) reportCatalog() *catalog.Catalog {
	if st.goCat == nil {
		return st.cat
	}
	var cat *catalog.Catalog
	st.goCat.byFact.Range(func(_, v any) bool {
		cat = v.(*catalog.Catalog)
		return false
	})
	if cat == nil {
		cat, _ = st.loadGoCatalog(".")
	}
	return cat
}

// isGoCatalog reports whether the package is the configured Go catalog.
func (c *checker) isGoCatalog() bool {
	return c.st.goCat != nil && c.pass.Pkg.Path() == c.st.goCat.path
}

// usedElsewhereDirective marks the entry registered on its line as used by
// programs the analysis does not see (Entry.UsedElsewhere), as the
// Markdown catalog's used-elsewhere marker does.
const usedElsewhereDirective = "//" + directivePrefix + ":used-elsewhere"

// useCatalog sets c.cat, the catalog the package is checked against. need
// tells that the package has something to check: only then is a Go
// catalog the package does not import loaded. The catalog package itself
// always reads its entries and exports them, and importers pass the fact
// on whether they need it or not.
func (c *checker) useCatalog(need bool) error {
	if c.cat != nil {
		return nil
	}
	g := c.st.goCat
	if g == nil {
		c.cat = c.st.cat
		return nil
	}
	if c.st.inner {
		// Loading the catalog package: its dependencies check nothing.
		if c.isGoCatalog() {
			cat, err := c.readGoCatalog()
			if err != nil {
				return err
			}
			c.cat = cat
		} else {
			c.cat = emptyCatalog
		}
		return nil
	}
	if c.pass.Pkg.Path() == g.path {
		cat, err := c.readGoCatalog()
		if err != nil {
			return err
		}
		c.cat = cat
		return nil
	}
	if c.catFact == nil {
		c.catFact = &goCatalogFact{} // looked up: none
		if f := c.importedGoCatalog(); f != nil {
			c.catFact = f
			if c.pass.Pkg.Name() != "main" {
				// Passed on: go vet gives a package the facts of the
				// packages its export data mentions, which an indirect
				// dependency's often are not.
				c.pass.ExportPackageFact(f)
			}
		}
	}
	var f *goCatalogFact
	if c.catFact.Path != "" {
		f = c.catFact
	} else if need {
		f = c.anyGoCatalog()
	}
	if !need {
		return nil
	}
	if f != nil {
		cat, err := g.fromFact(f, c.st.cfg)
		if err != nil {
			return err
		}
		c.cat = cat
		return nil
	}
	dir := packageDir(c.pass)
	if strings.HasPrefix(dir+string(filepath.Separator), goroot) || (c.pass.Module != nil && c.pass.Module.Version != "") {
		// The standard library or a module-cache dependency, analyzed for
		// its facts only (under -config or the golangci-lint plugin the
		// config governs them too): not worth a load of the catalog per
		// package. Its findings would be no one's.
		c.cat, c.rep.enabled = emptyCatalog, checkSet{}
		return nil
	}
	cat, err := c.st.loadGoCatalog(dir)
	if err != nil {
		return err
	}
	c.cat = cat
	if c.pass.Pkg.Name() != "main" {
		// For the importers, which need not load it again: the catalog
		// package may have been analyzed under another configuration
		// (one of another module, in the module cache).
		c.catFact = &goCatalogFact{Path: g.path, Rules: cat.Rules, Entries: cat.Entries}
		c.pass.ExportPackageFact(c.catFact)
	}
	return nil
}

// importedGoCatalog returns the catalog fact of a direct import: the
// catalog package, or an importer of it that passed the fact on.
func (c *checker) importedGoCatalog() *goCatalogFact {
	path := c.st.goCat.path
	for _, imp := range c.pass.Pkg.Imports() {
		var f goCatalogFact
		if c.pass.ImportPackageFact(imp, &f) && f.Path == path {
			return &f
		}
	}
	return nil
}

// anyGoCatalog returns the catalog fact of any dependency, for one that
// did not pass it on (a package governed by another configuration).
func (c *checker) anyGoCatalog() *goCatalogFact {
	path := c.st.goCat.path
	for _, pf := range c.pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*goCatalogFact); ok && f.Path == path {
			return f
		}
	}
	return nil
}

// emptyCatalog stands in for the catalog while the catalog package's
// dependencies are analyzed for their facts.
var emptyCatalog, _ = catalog.FromEntries("none", nil, catalog.Rules{})

// fromFact returns the catalog of a fact, built once per fact.
func (g *goCatalog) fromFact(f *goCatalogFact, cfg *Config) (*catalog.Catalog, error) {
	if len(f.Entries) == 0 {
		return nil, fmt.Errorf("%s: Go catalog %s has no entries", cfg.where("catalog"), g.path)
	}
	key := &f.Entries[0] // facts are copied shallowly: the entries are shared
	if v, ok := g.byFact.Load(key); ok {
		return v.(*catalog.Catalog), nil
	}
	cat, err := goCatalogOf(g.path, f.Entries, f.Rules, cfg)
	if err != nil {
		return nil, err
	}
	g.byFact.Store(key, cat)
	return cat, nil
}

// goCatalogOf validates a Go catalog's entries and checks the config's
// namespaces against it.
func goCatalogOf(path string, entries []catalog.Entry, rules catalog.Rules, cfg *Config) (*catalog.Catalog, error) {
	cat, ps := catalog.FromEntries(GoCatalogPrefix+path, entries, rules)
	if len(entries) == 0 {
		return nil, fmt.Errorf("%s: no catalog entries found in Go package %s (want package-level registry calls with a constant status and code, "+
			"or a map literal of constant codes to constant messages; see the README, \"A catalog in Go\")", cfg.where("catalog"), path)
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	var errs []string
	for i, ns := range cfg.Namespaces {
		if ns.Name != "" && !cat.HasNamespace(ns.Name) {
			errs = append(errs, fmt.Sprintf("%s: namespace %q is not in catalog %s (a Go catalog has the one namespace %s)",
				cfg.where(fmt.Sprintf("namespaces[%d].name", i)), ns.Name, cat.File, catalog.DefaultNamespace))
		}
	}
	if len(errs) > 0 {
		return nil, &ConfigError{errs}
	}
	return cat, nil
}

// readGoCatalog reads the entries of this package, the catalog package,
// validates them and exports them as a fact.
func (c *checker) readGoCatalog() (*catalog.Catalog, error) {
	r := goReader{c: c}
	r.read()
	if len(r.errs) > 0 {
		return nil, &ConfigError{r.errs}
	}
	rules := c.st.cfg.goRules()
	cat, err := goCatalogOf(c.st.goCat.path, r.entries, rules, c.st.cfg)
	if err != nil {
		return nil, err
	}
	c.pass.ExportPackageFact(&goCatalogFact{Path: c.st.goCat.path, Rules: rules, Entries: cat.Entries})
	return cat, nil
}

// goReader reads the entries of a catalog package.
type goReader struct {
	c       *checker
	entries []catalog.Entry
	errs    []string
}

// markUsedElsewhere sets UsedElsewhere on the entries whose registration
// or map entry starts on the line of a used-elsewhere directive; a
// directive on no entry's line is reported.
func (r *goReader) markUsedElsewhere() {
	type fileLine struct {
		file string
		line int
	}
	at := map[fileLine]int{}
	for i, e := range r.entries {
		at[fileLine{e.File, e.Line}] = i
	}
	for _, f := range r.c.pass.Files {
		for _, cg := range f.Comments {
			for _, cm := range cg.List {
				rest, ok := strings.CutPrefix(cm.Text, usedElsewhereDirective)
				if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
					continue
				}
				if i, ok := at[fileLine{r.pos(cm).Filename, r.pos(cm).Line}]; ok {
					r.entries[i].UsedElsewhere = true
				} else {
					r.c.rep.report(cm, CategoryDirective, "%s applies to nothing: put it at the end of a registration's or a message map entry's line", usedElsewhereDirective)
				}
			}
		}
	}
}

func (r *goReader) errorf(n ast.Node, format string, args ...any) {
	r.errs = append(r.errs, r.pos(n).String()+": "+fmt.Sprintf(format, args...))
}

func (r *goReader) pos(n ast.Node) token.Position { return r.c.pass.Fset.Position(n.Pos()) }

// goMap is a package-level map literal of constant integer keys.
type goMap struct {
	name   string
	lit    *ast.CompositeLit
	status bool // integer values; else string values
}

func (r *goReader) read() {
	var maps []goMap
	for _, f := range r.c.pass.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Name.Name == "init" && d.Recv == nil && d.Body != nil {
					r.registry(d.Body, nil, "")
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, s := range d.Specs {
					vs := s.(*ast.ValueSpec)
					for i, v := range vs.Values {
						name := ""
						if len(vs.Values) == len(vs.Names) {
							name = vs.Names[i].Name
						}
						if m, ok := r.mapLit(v); ok {
							m.name = name
							maps = append(maps, m)
							continue
						}
						top := ast.Unparen(v)
						if u, ok := top.(*ast.UnaryExpr); ok && u.Op == token.AND {
							top = ast.Unparen(u.X)
						}
						r.registry(v, top, name)
					}
				}
			}
		}
	}
	r.messageMaps(maps)
	r.markUsedElsewhere()
	// In source order, as a Markdown catalog's entries are.
	slices.SortStableFunc(r.entries, func(a, b catalog.Entry) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
}

// registry adds an entry for each construction with a constant code in
// n; the construction top, when there is one, initializes the var ident.
func (r *goReader) registry(n, top ast.Node, ident string) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.CallExpr, *ast.CompositeLit:
		case *ast.FuncLit:
			return false // not run at package initialization
		default:
			return true
		}
		k, ok := r.c.recognize(n)
		if !ok || k.nested || k.tuple != nil {
			return true
		}
		c := r.c
		code, ok := k.fixedCode, k.hasFixedCode
		if !ok {
			code, ok = c.intConst(k.code)
		}
		if !ok {
			return true // not a registration: a helper passing codes on
		}
		e := catalog.Entry{Code: code, File: r.pos(n).Filename, Line: r.pos(n).Line}
		if k.code != nil {
			e.CodeLine = r.pos(k.code).Line
		}
		switch {
		case k.status != nil:
			s, ok := c.intConst(k.status)
			if !ok {
				r.errorf(k.status, "the status of error code %d is not a constant: a Go catalog's registry calls need a constant status", code)
				return false
			}
			e.Status, e.StatusLine = int(s), r.pos(k.status).Line
		case k.fixed != 0:
			e.Status = k.fixed
		default:
			r.errorf(n, "no status for error code %d: %s passes none and has no fixed or default status", code, k.name)
			return false
		}
		if k.message != nil {
			if msg, ok := c.stringConst(k.message); ok {
				e.Name, e.NameLine = msg, r.pos(k.message).Line
			}
		}
		if n == top && ident != "" && ident != "_" {
			e.Ident = ident
		}
		r.entries = append(r.entries, e)
		if c.registrations == nil {
			c.registrations = map[ast.Node]bool{}
		}
		c.registrations[n] = true
		return false
	})
}

// mapLit reports whether v is a map literal of integer keys and string or
// integer values.
func (r *goReader) mapLit(v ast.Expr) (goMap, bool) {
	lit, ok := ast.Unparen(v).(*ast.CompositeLit)
	if !ok {
		return goMap{}, false
	}
	m, ok := r.c.pass.TypesInfo.TypeOf(lit).Underlying().(*types.Map)
	if !ok || !isInteger(m.Key()) {
		return goMap{}, false
	}
	switch {
	case isInteger(m.Elem()):
		return goMap{lit: lit, status: true}, true
	case isString(m.Elem()):
		return goMap{lit: lit}, true
	}
	return goMap{}, false
}

// messageMaps adds the entries of the message maps, with their statuses
// from the status map or the prefix rule.
func (r *goReader) messageMaps(maps []goMap) {
	c := r.c
	type status struct {
		v    int
		line int
	}
	statuses := map[int64]status{}
	var statusMap, msgMaps []goMap
	for _, m := range maps {
		if m.status {
			statusMap = append(statusMap, m)
		} else {
			msgMaps = append(msgMaps, m)
		}
	}
	if len(msgMaps) == 0 {
		return // status maps alone (a mapper) register nothing
	}
	if len(statusMap) > 1 {
		r.errorf(statusMap[1].lit, "second status map %s (first: %s at %s): a Go catalog has at most one", statusMap[1].name, statusMap[0].name, r.pos(statusMap[0].lit))
		return
	}
	if len(msgMaps) > 2 {
		r.errorf(msgMaps[2].lit, "third message map %s: a Go catalog has one for names and at most one more, for messages", msgMaps[2].name)
		return
	}
	kv := func(m goMap, f func(key ast.Expr, code int64, val ast.Expr)) {
		for _, el := range m.lit.Elts {
			p, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			code, ok := c.intConst(p.Key)
			if !ok {
				r.errorf(p.Key, "key of map %s is not a constant code", m.name)
				continue
			}
			f(p.Key, code, p.Value)
		}
	}
	for _, m := range statusMap {
		kv(m, func(_ ast.Expr, code int64, val ast.Expr) {
			s, ok := c.intConst(val)
			if !ok {
				r.errorf(val, "status of error code %d in map %s is not a constant", code, m.name)
				return
			}
			statuses[code] = status{int(s), r.pos(val).Line}
		})
	}
	rules := c.st.cfg.goRules()
	index := map[int64]int{} // code -> entry, for the second map
	for mi, m := range msgMaps {
		kv(m, func(key ast.Expr, code int64, val ast.Expr) {
			text, ok := c.stringConst(val)
			if !ok {
				r.errorf(val, "message of error code %d in map %s is not a constant string", code, m.name)
				return
			}
			if mi == 1 {
				if i, ok := index[code]; ok {
					r.entries[i].Message = text
					return
				}
			}
			e := catalog.Entry{Code: code, Name: text, Ident: constName(c.pass.TypesInfo, key),
				File: r.pos(key).Filename, Line: r.pos(key).Line, NameLine: r.pos(val).Line}
			if mi == 1 {
				e.Name, e.Message = "", text
			}
			if s, ok := statuses[code]; ok {
				e.Status, e.StatusLine = s.v, s.line
			} else if pre, ok := catalog.PrefixStatus(code); ok && rules.Prefix {
				e.Status = pre
			} else {
				msg := fmt.Sprintf("no status for code %d: add it to a package-level status map (map[int]int{%s: http.StatusNotFound})", code, exprString(key))
				switch {
				case len(statusMap) > 0:
				case rules.Prefix:
					msg += " (the code is too short for the prefix rule to give it)"
				default:
					msg += " or turn the prefix rule on (prefix-rule: true) to take it from the code's first three digits"
				}
				r.errorf(key, "%s", msg)
				return
			}
			if _, dup := index[code]; !dup {
				index[code] = len(r.entries)
			}
			r.entries = append(r.entries, e)
		})
	}
	// A status map's codes without a message are not entries: such a map
	// alone is a mapper, not a registration.
	// The maps register their codes: naming a code there is no use of it
	// (-unused, -inventory).
	if c.registrations == nil {
		c.registrations = map[ast.Node]bool{}
	}
	for _, m := range append(msgMaps, statusMap...) {
		c.registrations[m.lit] = true
	}
}

// constName returns the name of the constant e refers to, or "".
func constName(info *types.Info, e ast.Expr) string {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return ""
	}
	if _, ok := info.Uses[id].(*types.Const); ok {
		return id.Name
	}
	return ""
}

func exprString(e ast.Expr) string { return types.ExprString(e) }

// loadGoCatalog loads the catalog package, from the config's directory
// (else dir), and reads its catalog: for the packages that do not import
// it, once per analyzer.
func (st *setup) loadGoCatalog(dir string) (*catalog.Catalog, error) {
	g := st.goCat
	g.once.Do(func() {
		if st.cfg.Dir != "" {
			dir = st.cfg.Dir
		}
		g.cat, g.err = st.runGoCatalog(dir)
	})
	return g.cat, g.err
}

// runGoCatalog runs the analyzer on the catalog package, its
// dependencies analyzed for facts only.
func (st *setup) runGoCatalog(dir string) (*catalog.Catalog, error) {
	g := st.goCat
	where := st.cfg.where("catalog")
	var (
		pkgs []*packages.Package
		errs []string
	)
	for _, parse := range []func(*token.FileSet, string, []byte) (*ast.File, error){parseOutline, nil} {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir, ParseFile: parse}
		var err error
		pkgs, err = packages.Load(cfg, g.path)
		if err != nil {
			return nil, fmt.Errorf("%s: loading Go catalog %s: %v", where, g.path, err)
		}
		if len(pkgs) != 1 {
			return nil, fmt.Errorf("%s: Go catalog %s: want one package, found %d", where, g.path, len(pkgs))
		}
		errs = nil
		std := false // an error in the standard library: parseOutline's fault
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			for _, e := range p.Errors {
				if e.Pos == "" || e.Pos == "-" {
					errs = append(errs, e.Msg)
				} else {
					errs = append(errs, e.Error())
					std = std || strings.HasPrefix(e.Pos, goroot)
				}
			}
		})
		if !std {
			break
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: Go catalog %s does not load:\n%s", where, g.path, strings.Join(errs, "\n"))
	}
	inner := *st
	inner.inner = true
	inner.enabled = checkSet{}
	in := &instance{fixed: &inner}
	a := in.analyzer()
	graph, err := gochecker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: Go catalog %s: %v", where, g.path, err)
	}
	root := graph.Roots[0]
	if root.Err != nil {
		return nil, root.Err
	}
	var f goCatalogFact
	if !root.PackageFact(root.Package.Types, &f) || f.Path != g.path {
		return nil, fmt.Errorf("%s: Go catalog %s: no entries read", where, g.path)
	}
	return g.fromFact(&f, st.cfg)
}

// LoadGoCatalog reads the catalog kept in the Go package path, loaded from
// dir, as the analyzer reads it, for tools such as errcatalog. The
// configuration found by walking up from dir (FindConfig) says how
// constructions are recognized (constructors, heuristics) and its
// code-digits and prefix-rule, with o applied, give the rules; its catalog
// key is not used. It returns the catalog, every problem (warnings
// included; errors are in err) and an error when the package does not
// load or its catalog has errors.
func LoadGoCatalog(dir, path string, o catalog.Overrides) (*catalog.Catalog, catalog.Problems, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, nil, err
	}
	c := &Config{Dir: abs}
	if file := FindConfig(abs); file != "" {
		if c, err = LoadConfig(file); err != nil {
			return nil, nil, err
		}
	}
	c.Catalog, c.CatalogData, c.Namespaces = GoCatalogPrefix+path, nil, nil
	if o.Digits != nil {
		c.CodeDigits = o.Digits
	}
	if o.Prefix != nil {
		c.PrefixRule = o.Prefix
	}
	if err := c.Validate(); err != nil {
		return nil, nil, err
	}
	st, err := newSetup(c)
	if err != nil {
		return nil, nil, err
	}
	cat, err := st.runGoCatalog(abs)
	if err != nil {
		if le, ok := catalog.AsLoadError(err); ok {
			return nil, le.Problems, err
		}
		return nil, nil, err
	}
	_, ps := catalog.FromEntries(cat.File, cat.Entries, cat.Rules) // the warnings
	return cat, ps, nil
}

// GoCatalogFiles returns the Go files of a "go:PKGPATH" catalog's package
// when it lies in the config's own module (the nearest go.mod above Dir),
// for go vet's tool ID: a change to the catalog must reach packages that do
// not import it, whose results go vet would otherwise keep. It returns nil
// for a Markdown catalog or a package of another module.
func GoCatalogFiles(c *Config) []string {
	path, ok := goCatalogPath(c.Catalog)
	if !ok {
		return nil
	}
	root, mod := mainModule(c.Dir)
	if mod == "" {
		return nil
	}
	rel, ok := strings.CutPrefix(path, mod)
	if !ok || (rel != "" && rel[0] != '/') {
		return nil
	}
	dir := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(rel, "/")))
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	return files
}

// goroot is the standard library's source directory, whose packages
// parseOutline reads without function bodies.
var goroot = filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)

// parseOutline parses a file for the catalog package's load. Standard
// library files lose their function bodies (each becomes panic(0)),
// which no catalog entry comes from (no construction is inferred there)
// and which make most of the type-checking time; imports that only the
// bodies used become blank imports, so that the file still type-checks.
func parseOutline(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	if !strings.HasPrefix(filename, goroot) {
		return parser.ParseFile(fset, filename, src, parser.ParseComments)
	}
	f, err := parser.ParseFile(fset, filename, src, parser.SkipObjectResolution)
	if f == nil {
		return nil, err
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			// panic(0): a terminating statement, so that functions with
			// results need no return (go/types wants generic functions
			// and init to have a body).
			fd.Body = &ast.BlockStmt{Lbrace: fd.Body.Lbrace, Rbrace: fd.Body.Rbrace, List: []ast.Stmt{
				&ast.ExprStmt{X: &ast.CallExpr{Fun: &ast.Ident{NamePos: fd.Body.Lbrace, Name: "panic"},
					Args: []ast.Expr{&ast.BasicLit{ValuePos: fd.Body.Lbrace, Kind: token.INT, Value: "0"}}}},
			}}
		}
	}
	used := map[string]bool{}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			continue
		}
		ast.Inspect(d, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := importName(path)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name != "_" && name != "." && path != "C" && !used[name] {
			imp.Name = ast.NewIdent("_")
		}
	}
	return f, err
}

// importName is the name of the standard package at path: its last
// element, before a major version suffix (math/rand/v2 is rand).
func importName(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = elems[len(elems)-2]
	}
	return last
}
