package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The inventory's per-function codes: the codes a function can produce,
// directly (a construction with a constant code, a reference to a code
// symbol variable such as return ErrUserNotFound) or through the
// functions it calls. Inside a package they propagate backwards over
// caller edges with a worklist, as wrapper inference does (wrapper.go):
// a function is revisited only when a callee gains a code, and each visit
// adds a code, so the work is linear in the call edges times the codes.
// Across packages they travel as codesFact. Calls through interfaces and
// function values are not followed: their callees are not known.

// codesFact is the set of codes a function or method can produce, sorted.
// It is exported, with Inventory, for the package's exported functions
// and methods that produce any.
type codesFact struct {
	Codes []int64
}

func (*codesFact) AFact() {}

// String lists the codes: "codes(40000001 40100002)".
func (f *codesFact) String() string {
	var b strings.Builder
	b.WriteString("codes(")
	for i, c := range f.Codes {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.FormatInt(c, 10))
	}
	b.WriteByte(')')
	return b.String()
}

// inventory is one package's call graph and direct codes.
type inventory struct {
	codes    map[*types.Func]map[int64]bool // the package's functions: the codes known so far
	callers  map[*types.Func][]*types.Func  // a function of this package -> its callers here
	imported map[*types.Func][]int64        // memoized facts of other packages' functions
	edges    map[[2]*types.Func]bool        // caller, callee: each edge once
}

func newInventory() *inventory {
	return &inventory{
		codes:    map[*types.Func]map[int64]bool{},
		callers:  map[*types.Func][]*types.Func{},
		imported: map[*types.Func][]int64{},
		edges:    map[[2]*types.Func]bool{},
	}
}

// produce records that fn produces code directly; nil fn (package level)
// records nothing.
func (inv *inventory) produce(fn *types.Func, code int64) {
	if fn == nil {
		return
	}
	set := inv.codes[fn]
	if set == nil {
		set = map[int64]bool{}
		inv.codes[fn] = set
	}
	set[code] = true
}

// callEdge records the call of caller's body: to a function of this
// package, an edge for the propagation; to another package's, the
// callee's codes (its fact).
func (c *checker) callEdge(caller *types.Func, call *ast.CallExpr) {
	fn, _ := callee(c.pass.TypesInfo, call)
	if fn == nil || fn == caller || fn.Pkg() == nil {
		return
	}
	inv := c.usage.inv
	if fn.Pkg() == c.pass.Pkg {
		if e := [2]*types.Func{caller, fn}; !inv.edges[e] {
			inv.edges[e] = true
			inv.callers[fn] = append(inv.callers[fn], caller)
		}
		return
	}
	codes, seen := inv.imported[fn]
	if !seen {
		var f codesFact
		if c.pass.ImportObjectFact(fn, &f) {
			codes = f.Codes
		}
		inv.imported[fn] = codes
	}
	for _, code := range codes {
		inv.produce(caller, code)
	}
}

// funcCodes is what the inventory lists of one function.
type funcCodes struct {
	fn    *types.Func
	pos   token.Position
	codes []int64
}

// propagateCodes spreads the codes of this package's functions to their
// callers, exports a codesFact for each function that produces codes and
// returns them in source order.
func (c *checker) propagateCodes() []funcCodes {
	inv := c.usage.inv
	queue := make([]*types.Func, 0, len(inv.codes))
	queued := map[*types.Func]bool{}
	for _, d := range c.usage.decls { // source order: deterministic
		if len(inv.codes[d.fn]) > 0 {
			queue = append(queue, d.fn)
			queued[d.fn] = true
		}
	}
	for len(queue) > 0 {
		fn := queue[0]
		queue = queue[1:]
		queued[fn] = false
		for _, caller := range inv.callers[fn] {
			grew := false
			for code := range inv.codes[fn] {
				if !inv.codes[caller][code] {
					inv.produce(caller, code)
					grew = true
				}
			}
			if grew && !queued[caller] {
				queued[caller] = true
				queue = append(queue, caller)
			}
		}
	}
	var out []funcCodes
	for _, d := range c.usage.decls {
		set := inv.codes[d.fn]
		if len(set) == 0 {
			continue
		}
		codes := slices.Sorted(maps.Keys(set))
		if d.fn.Exported() {
			// Other packages can call only what the export data has:
			// an unexported function's fact would never leave.
			c.pass.ExportObjectFact(d.fn, &codesFact{Codes: codes})
		}
		out = append(out, funcCodes{fn: d.fn, pos: c.pass.Fset.Position(d.fn.Pos()), codes: codes})
	}
	return out
}

// apiFunc reports whether fn is part of its package's API: an exported
// function, or an exported method of an exported type.
func apiFunc(fn *types.Func) bool {
	if !fn.Exported() {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return true
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Exported()
	}
	return false
}
