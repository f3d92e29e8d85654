package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"slices"
)

// Wrapper inference, after the printf analyzer: a function that passes its
// own parameter, unchanged, as the code of a construction is a constructor
// for its callers. Candidates are collected in the package's one traversal
// (scan), then "is a constructor" propagates over them.

// forward is a construction inside a function that passes at least one of
// the function's parameters.
type forward struct {
	fn   *types.Func
	node ast.Node // *ast.CallExpr or *ast.CompositeLit
}

// scan walks the package once and returns the nodes that are or may
// become constructions (sites), the constructions inside functions that
// forward a parameter of theirs (candidates for wrapper inference), and
// the parameters that are reassigned or address-taken (which disqualify).
func (c *checker) scan() (sites []ast.Node, fwds []forward, tainted map[*types.Var]bool) {
	info := c.pass.TypesInfo
	var (
		fn      *types.Func  // function of the enclosing declaration, if inferable
		params  []*types.Var // its parameters that can carry a status, code or message
		paramOf = func(e ast.Expr) *types.Var { return paramIn(info, slices.Values(params), e) }
	)
	taint := func(e ast.Expr) {
		if v := paramOf(e); v != nil {
			if tainted == nil {
				tainted = map[*types.Var]bool{}
			}
			tainted[v] = true
		}
	}
	walkFiles(c.pass.Files, func(n ast.Node, push bool) bool {
		if d, ok := n.(*ast.FuncDecl); ok {
			fn, params = nil, params[:0]
			if push && d.Body != nil {
				if f, ok := info.Defs[d.Name].(*types.Func); ok && c.inferable(f) {
					sig := f.Signature().Params()
					for i := range sig.Len() {
						if v := sig.At(i); carriesValue(v.Type()) {
							params = append(params, v)
						}
					}
					if len(params) > 0 {
						fn = f // else it forwards nothing a construction reads: not a wrapper
					}
				}
			}
			return true
		}
		if !push {
			return true
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if !c.mayConstruct(n) {
				return true
			}
			sites = append(sites, n)
			if fn != nil && slices.ContainsFunc(n.Args, func(a ast.Expr) bool { return forwards(a, paramOf) }) {
				fwds = append(fwds, forward{fn, n})
			}
		case *ast.CompositeLit:
			if named, _ := namedStruct(info, n); named == nil {
				return true
			} else if sp, _ := c.structSpec(named); sp == nil {
				return true
			}
			sites = append(sites, n)
			if fn != nil {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					if paramOf(e) != nil {
						fwds = append(fwds, forward{fn, n})
						break
					}
				}
			}
		case *ast.AssignStmt:
			if fn != nil {
				for _, l := range n.Lhs {
					taint(l)
				}
			}
		case *ast.IncDecStmt:
			if fn != nil {
				taint(n.X)
			}
		case *ast.UnaryExpr:
			if fn != nil && n.Op == token.AND {
				taint(n.X)
			}
		case *ast.RangeStmt: // for code = range ...
			if fn != nil && n.Tok == token.ASSIGN {
				taint(n.Key)
				if n.Value != nil {
					taint(n.Value)
				}
			}
		case *ast.SelectorExpr: // code.Normalize() with a pointer receiver takes &code
			if fn != nil && paramOf(n.X) != nil {
				if sel := info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal && pointerRecv(sel) {
					taint(n.X)
				}
			}
		}
		return true
	})
	return sites, fwds, tainted
}

// inferWrappers finds this package's wrappers among the forwarding
// constructions, records them in c.own and exports a ctorFact for each.
//
// "Is a constructor" propagates backwards over caller edges, as in the
// printf analyzer: every function with forwarding constructions is
// evaluated once, and when a function's spec changes only the functions
// whose constructions call it are evaluated again. A chain of n wrappers,
// in any declaration order, costs O(n) evaluations (re-running every
// construction until nothing changes cost O(n²)).
func (c *checker) inferWrappers(fwds []forward, tainted map[*types.Var]bool) {
	if len(fwds) == 0 {
		return
	}
	var (
		order   []*types.Func                     // candidates, in source order
		byFn    = map[*types.Func][]int{}         // forwarding constructions inside each candidate
		callers = map[*types.Func][]*types.Func{} // candidates whose constructions call a function of this package
	)
	for i, fw := range fwds {
		if _, seen := byFn[fw.fn]; !seen {
			order = append(order, fw.fn)
		}
		byFn[fw.fn] = append(byFn[fw.fn], i)
		if call, ok := fw.node.(*ast.CallExpr); ok {
			if fn, _ := callee(c.pass.TypesInfo, call); fn != nil && fn.Pkg() == c.pass.Pkg {
				if cs := callers[fn]; len(cs) == 0 || cs[len(cs)-1] != fw.fn {
					callers[fn] = append(cs, fw.fn)
				}
			}
		}
	}
	queue := order
	queued := make(map[*types.Func]bool, len(order))
	for _, fn := range order {
		queued[fn] = true
	}
	// A spec changes when a callee's does; merge only loses positions and
	// gains none from the same callees, so a function settles after a few
	// changes. The bound guards against oscillation in mutual recursion
	// all the same.
	const maxChanges = 8
	changes := map[*types.Func]int{}
	for len(queue) > 0 {
		fn := queue[0]
		queue = queue[1:]
		queued[fn] = false
		var w *spec
		for _, i := range byFn[fn] {
			if s := c.wrapperSpec(fwds[i], tainted); s != nil {
				w = merge(w, s)
			}
		}
		if w == nil {
			continue
		}
		if old, ok := c.own[fn]; ok && *old == *w || changes[fn] >= maxChanges {
			continue
		}
		changes[fn]++
		c.own[fn] = w
		for _, caller := range callers[fn] {
			if !queued[caller] {
				queued[caller] = true
				queue = append(queue, caller)
			}
		}
	}
	for _, fn := range order {
		if sp := c.own[fn]; sp != nil && sp.wrapper && !sp.exported {
			sp.exported = true
			c.pass.ExportObjectFact(fn, sp.fact())
		}
	}
}

// merge combines what two constructions in one function say about it:
// positions or fixed statuses that disagree are dropped, so a function
// building errors with different statuses from one code is code-only.
func merge(a, b *spec) *spec {
	if a == nil {
		return b
	}
	m := *a
	if a.status != b.status || a.fixed != b.fixed {
		m.status, m.fixed = noArg, 0
	}
	if a.message != b.message {
		m.message = noArg
	}
	return &m
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
		v := paramIn(c.pass.TypesInfo, params.Variables(), e)
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
	w := &spec{status: noArg, code: index(k.code), message: noArg, wrapper: true, nested: k.nested}
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

// forwards reports whether argument a is a parameter (paramOf's answer)
// or a composite literal with one among its values, as in c.JSON(400,
// gin.H{"code": code}) under config code: 1.code.
func forwards(a ast.Expr, paramOf func(ast.Expr) *types.Var) bool {
	if paramOf(a) != nil {
		return true
	}
	a = ast.Unparen(a)
	if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.AND {
		a = ast.Unparen(u.X)
	}
	lit, ok := a.(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value
		}
		if paramOf(e) != nil {
			return true
		}
	}
	return false
}

// pointerRecv reports whether a method selection calls a pointer method on
// an addressable value, taking its address implicitly.
func pointerRecv(sel *types.Selection) bool {
	if _, ok := sel.Recv().Underlying().(*types.Pointer); ok {
		return false // already a pointer: the variable itself is not changed
	}
	sig, ok := sel.Obj().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	_, ptr := sig.Recv().Type().Underlying().(*types.Pointer)
	return ptr
}

// carriesValue reports whether a parameter of type t can be forwarded as
// a status, code or message, or as a nested construction: a basic type
// (named or not), a type parameter, or an interface. Pointers, structs,
// slices, maps, functions and channels (the *gin.Context and *Request of
// a handler) cannot, so the scan passes over their uses.
func carriesValue(t types.Type) bool {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return true
	}
	switch t.Underlying().(type) {
	case *types.Basic, *types.Interface:
		return true
	}
	return false
}

// paramIn returns the parameter among params that e names, or nil: the
// names are compared before Uses, the package's largest map, is
// consulted.
func paramIn(info *types.Info, params iter.Seq[*types.Var], e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	named := false
	for v := range params {
		if v.Name() == id.Name {
			named = true
			break
		}
	}
	if !named {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	for p := range params {
		if p == v {
			return v
		}
	}
	return nil
}
