package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// checker analyzes one package.
type checker struct {
	pass *analysis.Pass
	st   *setup
	ns   string // the package's namespace; "" for none
	rep  *reporter

	funcSpecs map[*types.Func]*spec  // memoized recognition; nil: not a constructor
	own       map[*types.Func]*spec  // this package's directive and wrapper constructors
	typeSpecs map[*types.Named]*spec // memoized struct recognition
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
	c.rep = newReporter(pass, generated)
	return c, nil
}

func (c *checker) run() error {
	configured, err := c.resolveConfigured()
	if err != nil {
		return err
	}
	c.directives()
	if c.mayConstructAny(configured) {
		// One walk of the syntax, past the fast path: most packages of a
		// build (std, dependencies analyzed for facts) never need it.
		sites, fwds, tainted := c.scan()
		c.inferWrappers(fwds, tainted)
		c.exportCodeSymbols()
		for _, n := range sites {
			if k, ok := c.recognize(n); ok {
				c.check(k)
			}
		}
		if c.pass.Pkg.Name() != "main" { // nothing imports a main package
			c.pass.ExportPackageFact(new(constructsFact))
		}
	}
	c.checkNamespaceRefs()
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
	if configured || len(c.own) > 0 {
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
	if sp, ok := c.own[fn]; ok {
		return sp, nil
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
			return c.configuredSpec(i, func(arg string) (int, error) { return argIndex(sig, arg) })
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

// configuredSpec resolves the status, code and message positions of
// configured constructor i with resolve (a parameter or field lookup).
func (c *checker) configuredSpec(i int, resolve func(string) (int, error)) (*spec, error) {
	ct := c.st.cfg.Constructors[i]
	sp := &spec{}
	for _, a := range [...]struct {
		key, value string
		dst        *int
	}{{"status", ct.Status, &sp.status}, {"code", ct.Code, &sp.code}, {"message", ct.Message, &sp.message}} {
		idx, err := resolve(a.value)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %v", c.st.cfg.where(fmt.Sprintf("constructors[%d].%s", i, a.key)), ct.Func+ct.Type, err)
		}
		*a.dst = idx
	}
	return sp, nil
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
		if sp, err = c.configuredSpec(i, func(field string) (int, error) { return fieldIndex(st, field) }); err != nil {
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
		k := construction{node: n, fixed: sp.fixed, name: fn.Name()}
		k.status, k.code, k.message = callArgs(n, fn, off, sp)
		return k, k.code != nil
	case *ast.CompositeLit:
		named, st := namedStruct(info, n)
		if named == nil {
			return construction{}, false
		}
		sp, err := c.structSpec(named)
		if err != nil || sp == nil {
			return construction{}, false
		}
		k := construction{node: n, name: named.Obj().Name()}
		k.status, k.code, k.message = litFields(n, st, sp)
		return k, k.code != nil
	}
	return construction{}, false
}
