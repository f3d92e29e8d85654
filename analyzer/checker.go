package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// checker analyzes one package.
type checker struct {
	pass *analysis.Pass
	st   *setup
	// cat is the catalog, set by useCatalog: read it with catalog(),
	// which loads it on first use. catErr: it did not load.
	cat     *catalog.Catalog
	catErr  error
	catFact *goCatalogFact // a Go catalog's fact, passed on; nil: not looked up yet
	idents  *identIndex    // a Go catalog's identifiers, memoized (identIndex)
	// registrations are the Go catalog's registry calls, in the catalog
	// package: no use of their codes.
	registrations map[ast.Node]bool
	ns            string // the package's namespace; "" for none
	rep           *reporter

	funcSpecs map[*types.Func]*spec  // memoized recognition; nil: not a constructor
	own       map[*types.Func]*spec  // this package's directive and wrapper constructors
	typeSpecs map[*types.Named]*spec // memoized struct recognition

	flow        flow                            // local constant flow
	codeVars    map[*types.Var]int64            // this package's code symbol variables
	typeMappers map[*types.TypeName]*mapperFact // mappers by linked type: this package's and memoized imports
	inner       map[ast.Node]bool               // constructions whose status an outer call gives
	nsOf        map[*types.Package]string       // namespaces of imported packages, memoized
	recognized  map[string]*use                 // with ExplainConstructors: the constructors used
	conflict    conflictState                   // status-conflict's sites
	explain     bool
	usage       *usageCollector // with Unused or Inventory: the uses of codes
}

func newChecker(pass *analysis.Pass, st *setup, generated bool) (*checker, error) {
	ns, err := st.namespaces.namespaceOf(pass.Pkg.Path())
	if err != nil {
		return nil, err
	}
	c := &checker{
		pass:      pass,
		st:        st,
		ns:        ns,
		funcSpecs: map[*types.Func]*spec{},
		own:       map[*types.Func]*spec{},
		typeSpecs: map[*types.Named]*spec{},
	}
	c.rep = newReporter(pass, generated, st.enabled)
	return c, nil
}

func (c *checker) run() error {
	configured, err := c.resolveConfigured()
	if err != nil {
		return err
	}
	c.directives()
	c.exportResults()
	if c.mayConstructAny(configured) {
		// One walk of the syntax, past the fast path: most packages of a
		// build (std, dependencies analyzed for facts) never need it.
		sites, fwds, tainted := c.scan()
		c.inferWrappers(fwds, tainted)
		c.exportCodeSymbols()
		c.flow.ready = true // locals are walked on the first lookup (scanLocals)
		if err := c.useCatalog(false); err != nil {
			return err
		}
		if err := c.mappers(); err != nil {
			return err
		}
		if c.st.cfg.hasNested() {
			// Inner constructions take their status from the outer call:
			// find them all before checking any.
			for _, n := range sites {
				if k, ok := c.recognize(n); ok && k.nested {
					c.markInner(k)
				}
			}
		}
		for _, n := range sites {
			if k, ok := c.recognize(n); ok {
				c.check(k)
				c.recordConstruction(k)
				if c.explain {
					c.record(n)
				}
			}
		}
		c.finishConflicts()
		if c.pass.Pkg.Name() != "main" { // nothing imports a main package
			c.pass.ExportPackageFact(new(constructsFact))
		}
	} else if err := c.useCatalog(false); err != nil { // a Go catalog of maps
		return err
	}
	c.checkNamespaceRefs()
	c.checkSymbols()
	if c.catErr != nil {
		return c.catErr
	}
	c.rep.finish()
	return nil
}

// mayConstructAny is the fast path: it reports whether this package can
// construct HTTP errors at all. It can when it declares a constructor (by
// config, directive or, with heuristics, by names) or when one of its
// imports is configured or carries a constructsFact, which every package
// exports once it or a dependency may construct errors: a method of a
// type from a package not imported directly is still reachable through
// the imports. Packages that cannot (most of std, in every build) skip the
// traversal; the namespace check, which needs no constructor, still runs.
func (c *checker) mayConstructAny(configured bool) bool {
	if configured || len(c.own) > 0 || c.declaresMapper() {
		return true
	}
	for _, imp := range c.pass.Pkg.Imports() {
		if c.pass.ImportPackageFact(imp, new(constructsFact)) {
			return true
		}
	}
	if !c.st.heuristics {
		return false
	}
	// Every declared object, local types and interface methods included.
	for _, obj := range c.pass.TypesInfo.Defs {
		switch obj := obj.(type) {
		case *types.Func:
			if sig := obj.Signature(); sig.Params().Len() >= 2 && heuristicFuncSpec(sig) != nil {
				return true
			}
		case *types.TypeName:
			if st, ok := obj.Type().Underlying().(*types.Struct); ok && st.NumFields() >= 2 && heuristicStructSpec(st) != nil {
				return true
			}
		}
	}
	return false
}

// resolveConfigured resolves the configured constructors that this package
// declares or can call (those of its direct imports): their functions,
// types, parameters and fields must exist, or the config is wrong and the
// check would be silently off.
//
// It reports whether any configured constructor is declared in the package
// or in one of its direct imports.
func (c *checker) resolveConfigured() (bool, error) {
	var errs []string
	configured := false
	resolve := func(pkg *types.Package) {
		for _, i := range c.st.byPkg[pkg.Path()] {
			configured = true
			if err := c.resolveOne(pkg, i); err != nil {
				errs = append(errs, err.Error())
			}
		}
	}
	resolve(c.pass.Pkg)
	for _, imp := range c.pass.Pkg.Imports() {
		resolve(imp)
	}
	if len(errs) > 0 {
		return false, &ConfigError{errs}
	}
	return configured, nil
}

func (c *checker) resolveOne(pkg *types.Package, i int) error {
	ct := c.st.cfg.Constructors[i]
	key := fmt.Sprintf("constructors[%d]", i)
	if ct.Type != "" {
		_, name, _ := splitQualified(ct.Type)
		tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			return fmt.Errorf("%s: type %s not found in package %s", c.st.cfg.where(key+".type"), name, pkg.Path())
		}
		named, ok := types.Unalias(tn.Type()).(*types.Named)
		if !ok {
			return fmt.Errorf("%s: %s is not a named struct type", c.st.cfg.where(key+".type"), ct.Type)
		}
		if _, ok := named.Underlying().(*types.Struct); !ok {
			return fmt.Errorf("%s: %s is not a struct type (its literals cannot construct errors)", c.st.cfg.where(key+".type"), ct.Type)
		}
		_, err := c.structSpec(named)
		return err
	}
	fn, _ := parseFuncName(ct.Func)
	var obj types.Object
	if fn.recv == "" {
		obj = pkg.Scope().Lookup(fn.name)
	} else if tn, ok := pkg.Scope().Lookup(fn.recv).(*types.TypeName); ok {
		recv := tn.Type()
		if fn.ptr {
			recv = types.NewPointer(recv)
		}
		obj, _, _ = types.LookupFieldOrMethod(recv, true, pkg, fn.name)
	}
	f, ok := obj.(*types.Func)
	if !ok || f.FullName() != ct.Func {
		return fmt.Errorf("%s: function %s not found in package %s", c.st.cfg.where(key+".func"), ct.Func, pkg.Path())
	}
	_, err := c.funcSpec(f)
	return err
}

// funcSpec returns how fn constructs an HTTP error, or nil when it does
// not: a configured constructor, a directive or wrapper of this package, a
// fact from another package, or (with heuristics) its parameter names.
func (c *checker) funcSpec(fn *types.Func) (*spec, error) {
	if fn.Pkg() == c.pass.Pkg { // c.own holds this package's functions only
		if sp, ok := c.own[fn]; ok {
			return sp, nil
		}
	}
	if sp, ok := c.funcSpecs[fn]; ok {
		return sp, nil
	}
	sp, err := c.lookupFuncSpec(fn)
	if err != nil {
		return nil, err
	}
	c.funcSpecs[fn] = sp
	return sp, nil
}

func (c *checker) lookupFuncSpec(fn *types.Func) (*spec, error) {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil, nil
	}
	if len(c.st.funcs) > 0 {
		if i, ok := c.st.funcs[fn.FullName()]; ok {
			return c.configuredFuncSpec(i, sig)
		}
	}
	if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
		var f ctorFact
		if c.pass.ImportObjectFact(fn, &f) {
			return f.spec(), nil
		}
	}
	if c.st.heuristics {
		return heuristicFuncSpec(sig), nil
	}
	return nil, nil
}

// structSpec returns how literals of named construct an HTTP error, or nil.
func (c *checker) structSpec(named *types.Named) (*spec, error) {
	if sp, ok := c.typeSpecs[named]; ok {
		return sp, nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	var sp *spec
	if i, ok := c.st.types[typeKey(named)]; ok {
		var err error
		if sp, err = c.configuredTypeSpec(i, st); err != nil {
			return nil, err
		}
	} else if c.st.heuristics {
		sp = heuristicStructSpec(st)
	}
	c.typeSpecs[named] = sp
	return sp, nil
}

// recognize reports whether n is an HTTP-error construction and where its
// values are.
func (c *checker) recognize(n ast.Node) (construction, bool) {
	info := c.pass.TypesInfo
	switch n := n.(type) {
	case *ast.CallExpr:
		fn, off := callee(info, n)
		if fn == nil {
			return construction{}, false
		}
		sp, err := c.funcSpec(fn)
		if err != nil || sp == nil {
			return construction{}, false
		}
		k := construction{node: n, fixed: sp.fixed, name: fn.Name(),
			fixedCode: sp.fixedCode, hasFixedCode: sp.hasFixedCode, nested: sp.nested}
		var spread bool
		k.status, k.code, k.message, spread = callArgs(info, n, fn, off, sp)
		if k.code == nil && !k.hasFixedCode && !sp.nested && off == 0 && len(n.Args) == 1 && sp.statusKey == "" && sp.codeKey == "" {
			// f(g()): g's results are the arguments.
			if g, ok := ast.Unparen(n.Args[0]).(*ast.CallExpr); ok {
				if _, multi := info.TypeOf(g).(*types.Tuple); multi {
					k.tuple, k.tupleStatus, k.tupleCode = g, sp.status, sp.code
					k.message = nil
					return k, true
				}
			}
		}
		if k.fixed == 0 && k.status == nil && sp.defStatus != 0 && !spread {
			// No status passed (a variadic or absent parameter, a key left
			// out): the constructor's default applies.
			k.fixed, k.defaulted = sp.defStatus, true
		}
		return k, k.code != nil || k.hasFixedCode
	case *ast.CompositeLit:
		named, st := namedStruct(info, n)
		if named == nil {
			return construction{}, false
		}
		sp, err := c.structSpec(named)
		if err != nil || sp == nil {
			return construction{}, false
		}
		k := construction{node: n, name: named.Obj().Name(), fixedCode: sp.fixedCode, hasFixedCode: sp.hasFixedCode}
		k.status, k.code, k.message = litFields(n, st, sp)
		if k.status == nil && sp.defStatus != 0 {
			k.fixed, k.defaulted = sp.defStatus, true
		}
		return k, k.code != nil || k.hasFixedCode
	}
	return construction{}, false
}
