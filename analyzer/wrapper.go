package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Wrapper inference, after the printf analyzer: a function that passes its
// own parameter, unchanged, as the code of a construction is a constructor
// for its callers. Candidates are collected in one traversal; "is a
// constructor" then propagates over the candidates until nothing changes,
// which resolves chains (A calls B calls New) in any declaration order.

// forward is a construction inside a function that passes at least one of
// the function's parameters.
type forward struct {
	fn   *types.Func
	node ast.Node // *ast.CallExpr or *ast.CompositeLit
}

// inferWrappers finds this package's wrappers, records them in c.own and
// exports a ctorFact for each.
func (c *checker) inferWrappers(ins *inspector.Inspector) {
	info := c.pass.TypesInfo
	var (
		fwds      []forward
		fn        *types.Func             // function of the enclosing declaration
		params    *types.Tuple            // its parameters
		tainted   = map[*types.Var]bool{} // parameters reassigned or address-taken
		paramOf   = func(e ast.Expr) *types.Var { return paramVar(info, params, e) }
		nodeTypes = []ast.Node{
			(*ast.FuncDecl)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil),
			(*ast.AssignStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil),
		}
	)
	ins.Nodes(nodeTypes, func(n ast.Node, push bool) bool {
		if d, ok := n.(*ast.FuncDecl); ok {
			fn, params = nil, nil
			if push && d.Body != nil {
				if f, ok := info.Defs[d.Name].(*types.Func); ok && c.inferable(f) {
					fn, params = f, f.Signature().Params()
				}
			}
			return push && fn != nil // skip bodies that cannot hold wrappers
		}
		if !push || fn == nil {
			return true
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if !c.mayConstruct(n) {
				return true
			}
			for _, a := range n.Args {
				if paramOf(a) != nil {
					fwds = append(fwds, forward{fn, n})
					break
				}
			}
		case *ast.CompositeLit:
			if named, _ := namedStruct(info, n); named == nil {
				return true
			} else if sp, _ := c.structSpec(named); sp == nil {
				return true
			}
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					e = kv.Value
				}
				if paramOf(e) != nil {
					fwds = append(fwds, forward{fn, n})
					break
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if v := paramOf(l); v != nil {
					tainted[v] = true
				}
			}
		case *ast.IncDecStmt:
			if v := paramOf(n.X); v != nil {
				tainted[v] = true
			}
		case *ast.UnaryExpr:
			if v := paramOf(n.X); v != nil && n.Op.String() == "&" {
				tainted[v] = true
			}
		}
		return true
	})
	if len(fwds) == 0 {
		return
	}
	for changed := true; changed; {
		changed = false
		for _, fw := range fwds {
			if _, done := c.own[fw.fn]; done {
				continue
			}
			if w := c.wrapperSpec(fw, tainted); w != nil {
				c.own[fw.fn] = w
				changed = true
			}
		}
	}
	for fn, sp := range c.own {
		if sp.wrapper {
			c.pass.ExportObjectFact(fn, sp.fact())
		}
	}
}

// mayConstruct reports whether call may be a construction once this
// package's wrappers are known: its callee is a constructor already, or a
// function of this package that may become one.
func (c *checker) mayConstruct(call *ast.CallExpr) bool {
	fn, _ := callee(c.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	if fn.Pkg() == c.pass.Pkg {
		return true
	}
	sp, _ := c.funcSpec(fn)
	return sp != nil
}

// inferable reports whether fn may be inferred as a wrapper: it has
// parameters and is not already a constructor by config or directive.
func (c *checker) inferable(fn *types.Func) bool {
	if fn.Signature().Params().Len() == 0 {
		return false
	}
	if _, ok := c.own[fn]; ok {
		return false
	}
	_, configured := c.st.funcs[fn.FullName()]
	return !configured
}

// wrapperSpec returns the spec fw.fn gets if fw is a construction that
// forwards fw.fn's untainted parameter as its code; nil otherwise.
func (c *checker) wrapperSpec(fw forward, tainted map[*types.Var]bool) *spec {
	k, ok := c.recognize(fw.node)
	if !ok {
		return nil
	}
	params := fw.fn.Signature().Params()
	index := func(e ast.Expr) int {
		v := paramVar(c.pass.TypesInfo, params, e)
		if v == nil || tainted[v] {
			return noArg
		}
		for i := range params.Len() {
			if params.At(i) == v {
				return i
			}
		}
		return noArg
	}
	w := &spec{status: noArg, code: index(k.code), message: noArg, wrapper: true}
	if w.code == noArg {
		return nil
	}
	switch {
	case k.fixed != 0:
		w.fixed = k.fixed
	case k.status != nil:
		if i := index(k.status); i != noArg {
			w.status = i
		} else if s, ok := c.intConst(k.status); ok {
			w.fixed = int(s)
		} // else the status is derived from the code: code-only
	}
	if k.message != nil {
		w.message = index(k.message)
	}
	return w
}

// paramVar returns the parameter of params that e names, or nil.
func paramVar(info *types.Info, params *types.Tuple, e ast.Expr) *types.Var {
	if params == nil {
		return nil
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	for i := range params.Len() {
		if params.At(i) == v {
			return v
		}
	}
	return nil
}
