package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"math/bits"
	"strconv"
	"strings"
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
	results map[*types.Func]*resultsFact // this package's functions, and memoized imports (nil: none)
	// ready: the locals may be looked up (from the checks on; wrapper
	// inference and code symbols see arguments as written). scanned:
	// they were, so defs is complete.
	ready, scanned bool
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
// positions are constant throughout. A first walk decides, so that the
// many functions whose results are not constant cost no allocation.
func (c *checker) constResults(fd *ast.FuncDecl, n int) *resultsFact {
	if n > 64 {
		return nil // beyond the mask; no such pairs function exists
	}
	known := uint64(1)<<n - 1 // positions constant in every return so far
	if n == 64 {
		known = ^uint64(0)
	}
	rows := 0
	walk := func(f func(r *ast.ReturnStmt) bool) {
		ok := true
		ast.Inspect(fd.Body, func(node ast.Node) bool {
			switch node := node.(type) {
			case *ast.FuncLit:
				return false // its returns are its own
			case *ast.ReturnStmt:
				ok = ok && f(node)
			}
			return ok
		})
	}
	valid := true
	walk(func(r *ast.ReturnStmt) bool {
		if len(r.Results) != n || rows == maxRows {
			valid = false // bare, f() forwarding a tuple, or too many
			return false
		}
		rows++
		for i, e := range r.Results {
			if _, isConst := c.intConst(e); !isConst {
				known &^= 1 << i
			}
		}
		return bits.OnesCount64(known) >= 2
	})
	if !valid || rows == 0 || bits.OnesCount64(known) < 2 {
		return nil
	}
	rf := &resultsFact{Known: make([]bool, n), Rows: make([][]int64, 0, rows)}
	for i := range rf.Known {
		rf.Known[i] = known&(1<<i) != 0
	}
	walk(func(r *ast.ReturnStmt) bool {
		row := make([]int64, n)
		for i, e := range r.Results {
			if rf.Known[i] {
				row[i], _ = c.intConst(e)
			}
		}
		rf.Rows = append(rf.Rows, row)
		return true
	})
	return rf
}

// scanLocals records the single definition of each local variable that
// may hold a constant (x := 400, a, b := f(), y := x, and, when a
// configured constructor is nested, err := Error(code, msg)), and drops
// those assigned again or whose address is taken (explicitly or by a
// pointer-method call). Source order puts every definition before any
// other assignment of its variable, so dropping at an assignment is final.
//
// It walks the package on the first lookup of a local variable (defOf):
// most packages pass constants, parameters and fields to their
// constructions, never a local, and skip the walk.
func (c *checker) scanLocals() {
	if c.flow.scanned {
		return
	}
	c.flow.scanned = true
	visit, done := c.localsVisitor()
	// A plain walk, not an inspector: building one costs more than the
	// walk itself (see walkFiles).
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n != nil {
				visit(n)
			}
			return true
		})
	}
	done()
}

// localsVisitor returns scanLocals' visitor and done, which records what
// it found.
func (c *checker) localsVisitor() (visit func(ast.Node), done func()) {
	info := c.pass.TypesInfo
	nested := c.st.cfg.hasNested()
	var defs map[*types.Var]localDef
	local := func(id *ast.Ident) *types.Var {
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.IsField() || v.Pkg() != c.pass.Pkg || v.Parent() == nil || v.Parent() == c.pass.Pkg.Scope() {
			return nil
		}
		return v
	}
	taint := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && defs != nil {
			if v := local(id); v != nil {
				delete(defs, v)
			}
		}
	}
	// worth says whether a definition by e can lead to a constant.
	worth := func(e ast.Expr) bool {
		if _, ok := c.intConst(e); ok {
			return true
		}
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return true
		case *ast.CallExpr:
			if len(e.Args) == 1 && info.Types[e.Fun].IsType() {
				return true // a conversion
			}
			return nested
		case *ast.CompositeLit, *ast.UnaryExpr:
			return nested
		}
		return false
	}
	define := func(id *ast.Ident, d localDef) {
		if id.Name == "_" {
			return
		}
		if info.Defs[id] == nil { // := redeclaring a variable assigns it
			taint(id)
			return
		}
		if d.call == nil && !worth(d.expr) {
			return
		}
		if v := local(id); v != nil {
			if defs == nil {
				defs = map[*types.Var]localDef{}
			}
			defs[v] = d
		}
	}
	// defineAll records lhs = rhs (n names, lhs(i) the i-th), one by one
	// or from one multi-value call.
	defineAll := func(n int, lhs func(int) *ast.Ident, rhs []ast.Expr) {
		switch {
		case len(rhs) == n:
			for i := range n {
				define(lhs(i), localDef{expr: rhs[i]})
			}
		case len(rhs) == 1:
			call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
			if _, multi := info.TypeOf(rhs[0]).(*types.Tuple); ok && multi {
				for i := range n {
					define(lhs(i), localDef{call: call, index: i})
				}
				return
			}
			for i := range n {
				if id := lhs(i); info.Defs[id] == nil {
					taint(id) // v, ok := m[k] and the like
				}
			}
		}
	}
	visit = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					taint(l)
				}
				return
			}
			for _, l := range n.Lhs {
				if _, ok := l.(*ast.Ident); !ok {
					return // := has identifiers only (in code that type-checks)
				}
			}
			defineAll(len(n.Lhs), func(i int) *ast.Ident { return n.Lhs[i].(*ast.Ident) }, n.Rhs)
		case *ast.ValueSpec:
			// var x int: the zero value, then assignments, which are not
			// the one definition.
			defineAll(len(n.Names), func(i int) *ast.Ident { return n.Names[i] }, n.Values)
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
	}
	return visit, func() { c.flow.defs = defs }
}

// operand is what is known of a construction's status or code: one
// constant, or a column of a function's constant results.
type operand struct {
	val int64 // the value, when rf is nil
	// rf and col: the values are column col of rf's rows, the results of
	// call, so that two operands from one call pair up row by row.
	rf     *resultsFact
	col    int
	call   *ast.CallExpr
	direct bool   // the expression is the constant itself
	via    string // the function whose results these are
}

// len is the number of values o may take.
func (o *operand) len() int {
	if o.rf == nil {
		return 1
	}
	return len(o.rf.Rows)
}

// at is o's i-th value.
func (o *operand) at(i int) int64 {
	if o.rf == nil {
		return o.val
	}
	return o.rf.Rows[i][o.col]
}

// maxFlowDepth bounds chains of locals (a := 400; b := a; ...).
const maxFlowDepth = 8

// operand returns the constant values e may hold.
func (c *checker) operand(e ast.Expr) (operand, bool) {
	if v, ok := c.intConst(e); ok {
		return operand{val: v, direct: true}, true
	}
	for range maxFlowDepth {
		d, ok := c.defOf(e)
		if !ok {
			return operand{}, false
		}
		if d.expr != nil {
			if v, ok := c.intConst(d.expr); ok {
				return operand{val: v}, true
			}
			e = d.expr
			continue
		}
		fn, _ := callee(c.pass.TypesInfo, d.call)
		rf := c.resultsOf(fn)
		if rf == nil || d.index >= len(rf.Known) || !rf.Known[d.index] {
			return operand{}, false
		}
		return operand{rf: rf, col: d.index, call: d.call, via: fn.Name()}, true
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
	if !ok || !c.flow.ready {
		return localDef{}, false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.LocalVar {
		return localDef{}, false // parameters, fields, package-level variables: no one definition
	}
	c.scanLocals()
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
	if rf, ok := c.flow.results[fn]; ok || fn.Pkg() == c.pass.Pkg {
		return rf // this package's, or memoized (nil: none)
	}
	var found *resultsFact
	var rf resultsFact
	if c.pass.ImportObjectFact(fn, &rf) {
		found = &rf
	}
	if c.flow.results == nil {
		c.flow.results = map[*types.Func]*resultsFact{}
	}
	c.flow.results[fn] = found
	return found
}

// maxPairs bounds the pairs of independent operands checked per site.
const maxPairs = 64

// pairs calls f with each distinct constant (status, code) pair that
// construction k may build: row by row when both come from one call's
// results, else every combination. (A callback, not a slice: nearly
// every construction has one pair, and it should cost no allocation.)
func (c *checker) pairs(k construction, f func(pair)) {
	if k.tuple != nil {
		c.tuplePairs(k, f)
		return
	}
	var code operand
	var codeAt ast.Node
	if k.hasFixedCode {
		code, codeAt = operand{val: k.fixedCode}, k.node
		if call, ok := k.node.(*ast.CallExpr); ok {
			codeAt = call.Fun
		}
	} else {
		var ok bool
		if code, ok = c.operand(k.code); !ok {
			return // not a constant: nothing is known
		}
		codeAt = k.code
	}
	var status operand
	hasStatus := false
	switch {
	case k.fixed != 0:
		status, hasStatus = operand{val: int64(k.fixed)}, true
	case k.status != nil:
		status, hasStatus = c.operand(k.status)
	}
	via := code.via
	if status.via != "" {
		via = status.via
	}
	var seen map[[2]int64]bool // only for operands with several values
	if code.len() > 1 || status.len() > 1 {
		seen = map[[2]int64]bool{}
	}
	emit := func(p pair) {
		if seen != nil {
			key := [2]int64{p.status, p.code}
			if seen[key] || len(seen) == maxPairs {
				return
			}
			seen[key] = true
		}
		f(p)
	}
	for i := range code.len() {
		cv := code.at(i)
		if !hasStatus {
			p := pair{code: cv, codeAt: codeAt, via: code.via}
			if !k.noMapper {
				if m := c.mapperOf(k); m != nil && !m.hasCase(cv) && m.Default != 0 {
					p.status, p.hasStatus, p.mapper = int64(m.Default), true, m.Name
				}
			}
			emit(p)
			continue
		}
		p := pair{code: cv, codeAt: codeAt, hasStatus: true, via: via}
		if k.fixed == 0 {
			p.statusAt = k.status
			p.fixable = status.direct && code.len() == 1
		}
		if status.call != nil && status.call == code.call {
			p.status = status.at(i) // the same return statement
			emit(p)
			continue
		}
		for j := range status.len() {
			p.status = status.at(j)
			emit(p)
		}
	}
}

// tuplePairs calls f with the pairs of f(g()) from g's constant
// results, row by row, reported at g's call.
func (c *checker) tuplePairs(k construction, f func(pair)) {
	fn, _ := callee(c.pass.TypesInfo, k.tuple)
	rf := c.resultsOf(fn)
	if rf == nil || k.tupleCode < 0 || k.tupleCode >= len(rf.Known) || !rf.Known[k.tupleCode] {
		return
	}
	hasStatus := k.fixed != 0 || (k.tupleStatus >= 0 && k.tupleStatus < len(rf.Known) && rf.Known[k.tupleStatus])
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
			f(p)
		}
	}
}
