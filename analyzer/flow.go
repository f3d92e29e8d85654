package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// Local constant flow: a construction's status and code may be locals
// assigned exactly once (status, code := 400, 40000001), or results of a
// function whose every return is constant (s, c := bind()). Such values
// are as constant as literals, so they are checked; anything assigned
// twice or whose address is taken is not.

// maxRows bounds the returns of a function kept in a resultsFact: a
// table of hundreds of returns is no longer a "constant pair".
const maxRows = 64

// resultsFact records the constant results of a function all of whose
// returns give an integer constant in at least two result positions:
// one row per return statement, in source order.
type resultsFact struct {
	// Known marks the result positions that are constant in every row.
	Known []bool
	// Rows holds the values; unknown positions hold 0.
	Rows [][]int64
}

func (*resultsFact) AFact() {}

// String lists the rows: "results(400,40000001; 401,40100002)", with _
// for a position that is not constant.
func (f *resultsFact) String() string {
	var rows []string
	for _, r := range f.Rows {
		var vs []string
		for i, v := range r {
			if f.Known[i] {
				vs = append(vs, strconv.FormatInt(v, 10))
			} else {
				vs = append(vs, "_")
			}
		}
		rows = append(rows, strings.Join(vs, ","))
	}
	return "results(" + strings.Join(rows, "; ") + ")"
}

// localDef is the one definition of a local: x := expr, or the index-th
// result of call (a, b := f()).
type localDef struct {
	expr  ast.Expr
	call  *ast.CallExpr
	index int
}

// flow is what the package knows about local constant flow.
type flow struct {
	defs    map[*types.Var]localDef
	results map[*types.Func]*resultsFact // this package's functions
}

// exportResults computes and exports a resultsFact for each function of
// the package with at least two integer results, all of whose returns
// are explicit. Only such signatures are walked, so packages that have
// none (most) cost a look at each declaration.
func (c *checker) exportResults() {
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok || !intResults(fn.Signature()) {
				continue
			}
			if rf := c.constResults(fd, fn.Signature().Results().Len()); rf != nil {
				if c.flow.results == nil {
					c.flow.results = map[*types.Func]*resultsFact{}
				}
				c.flow.results[fn] = rf
				c.pass.ExportObjectFact(fn, rf)
			}
		}
	}
}

// intResults reports whether sig has at least two integer results.
func intResults(sig *types.Signature) bool {
	n := 0
	for i := range sig.Results().Len() {
		if holds(sig.Results().At(i).Type(), intValue, false) {
			n++
		}
	}
	return n >= 2
}

// constResults returns the constant results of fd, or nil when some
// return is bare or a call, there are too many, or fewer than two
// positions are constant throughout.
func (c *checker) constResults(fd *ast.FuncDecl, n int) *resultsFact {
	rf := &resultsFact{Known: make([]bool, n)}
	for i := range rf.Known {
		rf.Known[i] = true
	}
	ok := true
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		if !ok {
			return false
		}
		switch node := node.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			if len(node.Results) != n || len(rf.Rows) == maxRows {
				ok = false // bare, f() forwarding a tuple, or too many
				return false
			}
			row := make([]int64, n)
			for i, e := range node.Results {
				if v, isConst := c.intConst(e); isConst {
					row[i] = v
				} else {
					rf.Known[i] = false
				}
			}
			rf.Rows = append(rf.Rows, row)
		}
		return true
	})
	known := 0
	for _, k := range rf.Known {
		if k {
			known++
		}
	}
	if !ok || len(rf.Rows) == 0 || known < 2 {
		return nil
	}
	for _, r := range rf.Rows {
		for i, k := range rf.Known {
			if !k {
				r[i] = 0 // only known positions carry values
			}
		}
	}
	return rf
}

// scanLocals records the single definition of each local variable and
// drops those assigned again or whose address is taken (explicitly or by
// a pointer-method call).
func (c *checker) scanLocals(ins *inspector.Inspector) {
	info := c.pass.TypesInfo
	defs := map[*types.Var]localDef{}
	bad := map[*types.Var]bool{}
	local := func(id *ast.Ident) *types.Var {
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.IsField() || v.Pkg() != c.pass.Pkg || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
			return nil
		}
		return v
	}
	define := func(id *ast.Ident, d localDef) {
		if v := local(id); v != nil {
			if _, twice := defs[v]; twice || info.Defs[id] == nil {
				bad[v] = true // := redeclaring an existing variable assigns it
				return
			}
			defs[v] = d
		}
	}
	taint := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v := local(id); v != nil {
				bad[v] = true
			}
		}
	}
	nodeTypes := []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.IncDecStmt)(nil),
		(*ast.UnaryExpr)(nil), (*ast.RangeStmt)(nil), (*ast.SelectorExpr)(nil)}
	ins.Preorder(nodeTypes, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					taint(l)
				}
				return
			}
			for i, l := range n.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok || id.Name == "_" {
					continue
				}
				switch {
				case len(n.Rhs) == len(n.Lhs):
					define(id, localDef{expr: n.Rhs[i]})
				case len(n.Rhs) == 1:
					if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
						define(id, localDef{call: call, index: i})
					} else {
						taint(id) // v, ok := m[k] and the like
					}
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				switch {
				case len(n.Values) == len(n.Names):
					define(id, localDef{expr: n.Values[i]})
				case len(n.Values) == 1:
					if call, ok := ast.Unparen(n.Values[0]).(*ast.CallExpr); ok {
						define(id, localDef{call: call, index: i})
					}
				default:
					taint(id) // var x int: the zero value, then assignments
				}
			}
		case *ast.IncDecStmt:
			taint(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				taint(n.X)
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				taint(n.Key)
				if n.Value != nil {
					taint(n.Value)
				}
			}
		case *ast.SelectorExpr:
			if sel := info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal && pointerRecv(sel) {
				taint(n.X)
			}
		}
	})
	for v := range bad {
		delete(defs, v)
	}
	c.flow.defs = defs
}

// operand is what is known of a construction's status or code: its
// possible constant values.
type operand struct {
	vals []int64
	// call and col: the values are column col of call's results fact,
	// so that two operands from one call pair up row by row.
	call   *ast.CallExpr
	col    int
	direct bool   // the expression is the constant itself
	via    string // the function whose results these are
}

// maxFlowDepth bounds chains of locals (a := 400; b := a; ...).
const maxFlowDepth = 8

// operand returns the constant values e may hold.
func (c *checker) operand(e ast.Expr) (operand, bool) {
	if v, ok := c.intConst(e); ok {
		return operand{vals: []int64{v}, direct: true}, true
	}
	for range maxFlowDepth {
		d, ok := c.defOf(e)
		if !ok {
			return operand{}, false
		}
		if d.expr != nil {
			if v, ok := c.intConst(d.expr); ok {
				return operand{vals: []int64{v}}, true
			}
			e = d.expr
			continue
		}
		fn, _ := callee(c.pass.TypesInfo, d.call)
		rf := c.resultsOf(fn)
		if rf == nil || d.index >= len(rf.Known) || !rf.Known[d.index] {
			return operand{}, false
		}
		op := operand{call: d.call, col: d.index, via: fn.Name()}
		for _, r := range rf.Rows {
			op.vals = append(op.vals, r[d.index])
		}
		return op, true
	}
	return operand{}, false
}

// defOf returns the single definition of the local e names, looking
// through conversions (uint32(code)): an integer keeps its value.
func (c *checker) defOf(e ast.Expr) (localDef, bool) {
	e = ast.Unparen(e)
	for i := 0; i < maxFlowDepth; i++ {
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !c.pass.TypesInfo.Types[call.Fun].IsType() || !holds(c.pass.TypesInfo.TypeOf(call), intValue, false) {
			break
		}
		e = ast.Unparen(call.Args[0])
	}
	id, ok := e.(*ast.Ident)
	if !ok || c.flow.defs == nil {
		return localDef{}, false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return localDef{}, false
	}
	d, ok := c.flow.defs[v]
	return d, ok
}

// flowExpr follows e through locals defined once by an expression: the
// expression a construction's argument stands for.
func (c *checker) flowExpr(e ast.Expr) ast.Expr {
	for range maxFlowDepth {
		d, ok := c.defOf(e)
		if !ok || d.expr == nil {
			break
		}
		e = d.expr
	}
	return ast.Unparen(e)
}

// resultsOf returns the constant results of fn, of this package or, by
// fact, of another.
func (c *checker) resultsOf(fn *types.Func) *resultsFact {
	if fn == nil {
		return nil
	}
	if fn.Pkg() == c.pass.Pkg {
		return c.flow.results[fn]
	}
	var rf resultsFact
	if c.pass.ImportObjectFact(fn, &rf) {
		return &rf
	}
	return nil
}

// maxPairs bounds the pairs of independent operands checked per site.
const maxPairs = 64

// pairs returns the constant (status, code) pairs construction k may
// build: row by row when both come from one call's results, else every
// combination.
func (c *checker) pairs(k construction) []pair {
	if k.tuple != nil {
		return c.tuplePairs(k)
	}
	var code operand
	var codeAt ast.Node
	if k.hasFixedCode {
		code, codeAt = operand{vals: []int64{k.fixedCode}}, k.node
		if call, ok := k.node.(*ast.CallExpr); ok {
			codeAt = call.Fun
		}
	} else {
		var ok bool
		if code, ok = c.operand(k.code); !ok {
			return nil // not a constant: nothing is known
		}
		codeAt = k.code
	}
	var status operand
	hasStatus := false
	switch {
	case k.fixed != 0:
		status, hasStatus = operand{vals: []int64{int64(k.fixed)}}, true
	case k.status != nil:
		status, hasStatus = c.operand(k.status)
	}
	var out []pair
	seen := map[[2]int64]bool{}
	add := func(p pair) {
		if key := [2]int64{p.status, p.code}; !seen[key] && len(out) < maxPairs {
			seen[key] = true
			out = append(out, p)
		}
	}
	via := code.via
	if status.via != "" {
		via = status.via
	}
	for i, cv := range code.vals {
		if !hasStatus {
			p := pair{code: cv, codeAt: codeAt, via: code.via}
			if !k.noMapper {
				if m := c.mapperOf(k); m != nil && !m.hasCase(cv) && m.Default != 0 {
					p.status, p.hasStatus, p.mapper = int64(m.Default), true, m.Name
				}
			}
			add(p)
			continue
		}
		p := pair{code: cv, codeAt: codeAt, hasStatus: true, via: via}
		if k.fixed == 0 {
			p.statusAt = k.status
			p.fixable = status.direct && len(code.vals) == 1
		}
		if status.call != nil && status.call == code.call {
			p.status = status.vals[i] // the same return statement
			add(p)
			continue
		}
		for _, sv := range status.vals {
			p.status = sv
			add(p)
		}
	}
	return out
}

// tuplePairs returns the pairs of f(g()) from g's constant results, row
// by row, reported at g's call.
func (c *checker) tuplePairs(k construction) []pair {
	fn, _ := callee(c.pass.TypesInfo, k.tuple)
	rf := c.resultsOf(fn)
	if rf == nil || k.tupleCode < 0 || k.tupleCode >= len(rf.Known) || !rf.Known[k.tupleCode] {
		return nil
	}
	hasStatus := k.fixed != 0 || (k.tupleStatus >= 0 && k.tupleStatus < len(rf.Known) && rf.Known[k.tupleStatus])
	var out []pair
	seen := map[[2]int64]bool{}
	for _, r := range rf.Rows {
		p := pair{code: r[k.tupleCode], codeAt: k.tuple, hasStatus: hasStatus, via: fn.Name()}
		switch {
		case k.fixed != 0:
			p.status = int64(k.fixed)
		case hasStatus:
			p.status, p.statusAt = r[k.tupleStatus], k.tuple
		}
		if key := [2]int64{p.status, p.code}; !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	return out
}
