package analyzer

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
)

// Usage collection: where each code is used, for errcodecheck -unused and
// -inventory. A code is used by a construction with that constant code
// (every pair the checks enumerate, fixed-code constructors too), by a
// reference to a code symbol (a package-level constant whose value is a
// registered code, a variable with a codeSymbolFact), and by a constant
// equal to a registered code compared with == or != or in a switch case.
// Declarations are not uses: a generated constants file declares every
// code. Nor are generated files: their lookup switches name every code.
//
// It costs a walk of the package's syntax, so it is off unless a driver
// asks (Preloader.Unused, Preloader.Inventory), like ExplainConstructors.

// The kinds of use.
const (
	UseConstruct = "construct" // a construction with the code
	UseReference = "reference" // a reference to a code symbol
	UseCompare   = "compare"   // a constant compared with ==, != or in a switch case
)

// CodeUse is one use of a code.
type CodeUse struct {
	Code int64
	Kind string // UseConstruct, UseReference or UseCompare
	// Namespace is the namespace the use resolves in: the package's, or
	// for a reference the symbol's package's; "" for none (any
	// namespace registering the code).
	Namespace string
	Package   string         // import path of the package of the use
	Func      string         // enclosing function (types.Func FullName); "" at package level
	Pos       token.Position // where the code is written (the call, for a construction)
	// Symbol is the code symbol referred to ("errs.CodeNameTaken"), for
	// references and comparisons with a named constant.
	Symbol string
}

// usageMode is what the driver asked for.
type usageMode struct{ unused, inventory bool }

// usage is what one package records of its uses of codes (Result.usage).
type usage struct {
	// codes are the codes used, by the namespace they resolve in ("":
	// any): all -unused needs.
	codes map[nsKey]bool
	uses  []CodeUse   // with Inventory: each use
	funcs []funcCodes // with Inventory: the package's functions that produce codes
}

// usageCollector gathers one package's uses while the checker runs.
type usageCollector struct {
	u         usage
	decls     []declRange // the package's function declarations, by position
	seen      map[useKey]bool
	generated map[*token.File]bool
	names     map[*types.Func]string // FullName, memoized: it allocates
	inv       *inventory             // with Inventory: the codes each function produces
}

type useKey struct {
	pos  token.Pos
	code int64
}

// declRange is the extent of a function declaration.
type declRange struct {
	pos, end token.Pos
	fn       *types.Func
}

// wantUsage reports whether the package's uses are worth recording: the
// driver asked, and the package is the project's rather than the
// standard library's or a module cache dependency's, which are analyzed
// for facts only.
func (in *instance) wantUsage(dir string, versioned bool) bool {
	if !(in.usage.unused || in.usage.inventory) || versioned {
		return false
	}
	if root := build.Default.GOROOT; root != "" {
		if rel, err := filepath.Rel(filepath.Join(root, "src"), dir); err == nil && filepath.IsLocal(rel) {
			return false
		}
	}
	return true
}

// startUsage prepares the collection: the function declarations, so
// that each use knows its enclosing function.
func (c *checker) startUsage(inventory bool) {
	uc := &usageCollector{u: usage{codes: map[nsKey]bool{}}}
	if inventory {
		uc.inv = newInventory()
		uc.seen, uc.names = map[useKey]bool{}, map[*types.Func]string{}
	}
	for _, f := range c.pass.Files {
		if ast.IsGenerated(f) && !cgoOutput(f) {
			if uc.generated == nil {
				uc.generated = map[*token.File]bool{}
			}
			uc.generated[c.pass.Fset.File(f.Pos())] = true
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				uc.decls = append(uc.decls, declRange{fd.Pos(), fd.End(), fn})
			}
		}
	}
	slices.SortFunc(uc.decls, func(a, b declRange) int { return int(a.pos) - int(b.pos) })
	c.usage = uc
}

// funcAt returns the function whose declaration holds pos, or nil.
func (uc *usageCollector) funcAt(pos token.Pos) *types.Func {
	i, _ := slices.BinarySearchFunc(uc.decls, pos, func(d declRange, p token.Pos) int { return int(d.pos) - int(p) })
	// decls[i-1] is the last declaration starting at or before pos.
	if i < len(uc.decls) && uc.decls[i].pos == pos {
		return uc.decls[i].fn
	}
	if i > 0 && pos < uc.decls[i-1].end {
		return uc.decls[i-1].fn
	}
	return nil
}

// addUse records a use at pos, once per code and position; without
// Inventory only the code.
func (c *checker) addUse(pos token.Pos, code int64, kind, ns, symbol string) {
	uc := c.usage
	uc.u.codes[nsKey{ns, code}] = true
	if uc.inv == nil {
		return
	}
	k := useKey{pos, code}
	if uc.seen[k] {
		return
	}
	uc.seen[k] = true
	name := ""
	if fn := uc.funcAt(pos); fn != nil {
		var ok bool
		if name, ok = uc.names[fn]; !ok {
			name = fn.FullName()
			uc.names[fn] = name
		}
	}
	uc.u.uses = append(uc.u.uses, CodeUse{Code: code, Kind: kind, Namespace: ns, Package: c.pass.Pkg.Path(),
		Func: name, Pos: c.pass.Fset.Position(pos), Symbol: symbol})
}

// recordConstruction records the codes of a recognized construction: the
// pairs the checks see. A construction whose code argument is an inner
// construction records nothing: the inner one is a site of its own.
// Constructions in generated files count (generated handlers construct
// errors too); references and comparisons there do not.
func (c *checker) recordConstruction(k construction) {
	if c.usage == nil || c.registrations[k.node] {
		return // a Go catalog's registration is no use of its code
	}
	if k.nested {
		switch e := c.flowExpr(k.code).(type) {
		case *ast.CallExpr, *ast.CompositeLit:
			if _, ok := c.recognize(e); ok {
				return
			}
		}
		k.nested = false
	}
	c.pairs(k, func(p pair) {
		if c.st.cfg.isSuccess(p.code) {
			return
		}
		c.addUse(k.node.Pos(), p.code, UseConstruct, c.ns, "")
		if c.usage.inv != nil {
			c.usage.inv.produce(c.usage.funcAt(k.node.Pos()), p.code)
		}
	})
}

// collectUses records the references to code symbols and the constant
// codes compared in the package, and, with Inventory, the calls between
// functions.
func (c *checker) collectUses() {
	info := c.pass.TypesInfo
	inv := c.usage.inv
	for _, f := range c.pass.Files {
		// A generated file's switches and lists name every code: only
		// its calls count.
		gen := c.usage.generated[c.pass.Fset.File(f.Pos())]
		if gen && inv == nil {
			continue
		}
		var fn *types.Func // enclosing function declaration
		ast.Inspect(f, func(n ast.Node) bool {
			if c.registrations[n] {
				return false // a Go catalog's message or status map registers its codes
			}
			switch n := n.(type) {
			case *ast.FuncDecl:
				fn, _ = info.Defs[n.Name].(*types.Func)
			case *ast.CallExpr:
				if inv != nil && fn != nil {
					c.callEdge(fn, n)
				}
			}
			if gen {
				return true
			}
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					c.compared(n.X)
					c.compared(n.Y)
				}
			case *ast.SwitchStmt:
				if n.Tag == nil {
					break // case clauses of booleans
				}
				for _, s := range n.Body.List {
					if cc, ok := s.(*ast.CaseClause); ok {
						for _, e := range cc.List {
							c.compared(e)
						}
					}
				}
			case *ast.Ident:
				if obj := info.Uses[n]; obj != nil {
					c.referenced(n, obj)
				}
			}
			return true
		})
	}
}

// compared records a constant operand of a comparison or case that
// equals a registered code.
func (c *checker) compared(e ast.Expr) {
	e = ast.Unparen(e)
	code, ok := c.intConst(e)
	if !ok || c.st.cfg.isSuccess(code) {
		return
	}
	at, symbol := e, ""
	switch x := e.(type) {
	case *ast.SelectorExpr:
		at = x.Sel
		symbol = types.ExprString(x)
	case *ast.Ident:
		symbol = x.Name
	}
	ns := c.ns
	if id, ok := at.(*ast.Ident); ok {
		if obj, ok := c.pass.TypesInfo.Uses[id].(*types.Const); ok {
			ns = c.symbolNamespace(obj)
		}
	}
	if !c.registered(ns, code) {
		return
	}
	c.addUse(at.Pos(), code, UseCompare, ns, symbol)
}

// referenced records a reference to a code symbol.
func (c *checker) referenced(id *ast.Ident, obj types.Object) {
	pkg := obj.Pkg()
	if pkg == nil || obj.Parent() != pkg.Scope() {
		return // not package-level
	}
	var code int64
	switch obj := obj.(type) {
	case *types.Const:
		v := constant.ToInt(obj.Val())
		if v.Kind() != constant.Int {
			return
		}
		var exact bool
		if code, exact = constant.Int64Val(v); !exact {
			return
		}
	case *types.Var:
		if pkg == c.pass.Pkg {
			var ok bool
			if code, ok = c.codeVars[obj]; !ok {
				return
			}
		} else {
			var f codeSymbolFact
			if !c.pass.ImportObjectFact(obj, &f) {
				return
			}
			code = f.Code
		}
	default:
		return
	}
	if c.st.cfg.isSuccess(code) {
		return
	}
	ns := c.symbolNamespace(obj)
	if !c.registered(ns, code) {
		return
	}
	symbol := obj.Name()
	if pkg != c.pass.Pkg {
		symbol = pkg.Name() + "." + symbol
	}
	c.addUse(id.Pos(), code, UseReference, ns, symbol)
	if _, ok := obj.(*types.Var); ok && c.usage.inv != nil {
		// return ErrUserNotFound: the function produces the variable's code.
		c.usage.inv.produce(c.usage.funcAt(id.Pos()), code)
	}
}

// symbolNamespace is the namespace a code symbol resolves in: its
// package's, else the package of the use's.
func (c *checker) symbolNamespace(obj types.Object) string {
	pkg := obj.Pkg()
	if pkg == nil || pkg == c.pass.Pkg {
		return c.ns
	}
	ns := c.namespaceOfPkg(pkg)
	if ns == "" {
		return c.ns
	}
	return ns
}

// registered reports whether code is registered in namespace ns (in any,
// for "").
func (c *checker) registered(ns string, code int64) bool {
	if ns == "" {
		return len(c.catalog().LookupAny(code)) > 0
	}
	_, ok := c.catalog().Lookup(ns, code)
	return ok
}

// finishUsage collects the uses outside constructions and, with
// Inventory, propagates the codes of functions over their calls. It
// returns the package's usage.
func (c *checker) finishUsage() *usage {
	uc := c.usage
	if uc == nil {
		return nil
	}
	c.collectUses()
	if uc.inv != nil {
		uc.u.funcs = c.propagateCodes()
	}
	slices.SortFunc(uc.u.uses, func(a, b CodeUse) int { return comparePositions(a.Pos, b.Pos) })
	// A copy: a pointer into the collector would keep its maps alive
	// with the Result until the end of the run.
	u := uc.u
	return &u
}

func comparePositions(a, b token.Position) int {
	if c := strings.Compare(a.Filename, b.Filename); c != 0 {
		return c
	}
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	return a.Column - b.Column
}
