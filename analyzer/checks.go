package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// The diagnostic categories: one per check (SPEC section 3), plus
// "directive" for malformed or useless errcodecheck directives.
const (
	CategoryUnknownCode     = "unknown-code"
	CategoryStatusMismatch  = "status-mismatch"
	CategoryNamespace       = "namespace"
	CategoryMessageMismatch = "message-mismatch"
	CategorySymbolMismatch  = "symbol-mismatch"
	CategoryStatusConflict  = "status-conflict"
	CategoryDirective       = "directive"
	CategoryUnusedCode      = "unused-code"
)

// intConst returns the value of a constant integer expression as the type
// checker sees it: literals, named constants, conversions, arithmetic, iota.
func (c *checker) intConst(e ast.Expr) (int64, bool) { return constIntOf(c.pass.TypesInfo, e) }

// constIntOf is intConst for any type-checked syntax (the init survey's
// too).
func constIntOf(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

func (c *checker) stringConst(e ast.Expr) (string, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// entries returns the catalog entries a code resolves to in this package:
// the entry of the package's namespace, or with no namespace every entry
// registering the code.
func (c *checker) entries(code int64) []*catalog.Entry {
	if c.ns != "" {
		if e, ok := c.catalog().Lookup(c.ns, code); ok {
			return []*catalog.Entry{e}
		}
		return nil
	}
	return c.catalog().LookupAny(code)
}

// check runs the unknown-code, status-mismatch and message-mismatch checks
// on one construction, for each constant (status, code) pair it may
// build: values written at the call, flowing through locals assigned
// once, or returned by functions whose every return is constant.
func (c *checker) check(k construction) {
	if k.nested {
		c.checkNested(k)
		return
	}
	if c.inner[k.node] {
		// The outer call gives the status and checks it.
		if k.defaulted {
			k.fixed, k.defaulted = 0, false
		}
		k.noMapper = true
	}
	c.checkPairs(k, true)
}

// pair is one constant (status, code) a construction may build.
type pair struct {
	code   int64
	codeAt ast.Node // where the code is written (the call for a fixed code)
	status int64
	// statusAt is where the status is written; nil when it comes from
	// the constructor (fixed, default) or a mapper's default.
	statusAt  ast.Expr
	hasStatus bool
	fixable   bool   // statusAt is the constant itself: a fix can rewrite it
	mapper    string // the status is this mapper's default
	via       string // the values come from this function's results
}

// checkPairs checks every pair of k; with full, the code's registration
// and the message too, else only the status (for an inner construction
// whose own site reports the rest).
func (c *checker) checkPairs(k construction, full bool) {
	c.pairs(k, func(p pair) {
		if c.st.cfg.isSuccess(p.code) {
			return // a success response, not an error
		}
		es := c.entries(p.code)
		c.collectConflict(p, es)
		if len(es) == 0 && c.st.fallback {
			return // the embedded catalog is not the project's: its silence about a code means nothing
		}
		if full && len(es) == 0 {
			c.reportUnknown(p.codeAt, p.code)
		}
		c.checkStatus(k, p, es)
		if full && len(es) > 0 && k.message != nil {
			c.checkMessage(k, p.code, es)
		}
	})
}

// checkNested checks a construction whose code argument holds an inner,
// code-only construction (WriteJSON(w, 400, Error(code, msg))): the inner
// one's code gets this call's status. The inner construction's own site
// reports its code and message.
func (c *checker) checkNested(k construction) {
	e := c.flowExpr(k.code)
	switch e.(type) {
	case *ast.CallExpr, *ast.CompositeLit:
		in, ok := c.recognize(e)
		if !ok {
			break
		}
		if in.status != nil || (in.fixed != 0 && !in.defaulted) {
			return // the inner construction has a status of its own
		}
		in.status, in.fixed, in.defaulted, in.name = k.status, k.fixed, k.defaulted, k.name
		c.checkPairs(in, false)
		return
	}
	// A code passed directly: the outer call is the construction.
	k.nested = false
	c.checkPairs(k, true)
}

// markInner records the inner construction of nested construction k:
// its status is the outer call's, so neither its constructor's default
// nor a mapper's applies to it.
func (c *checker) markInner(k construction) {
	switch e := c.flowExpr(k.code).(type) {
	case *ast.CallExpr, *ast.CompositeLit:
		if c.inner == nil {
			c.inner = map[ast.Node]bool{}
		}
		c.inner[e] = true
	}
}

func (c *checker) reportUnknown(at ast.Node, code int64) {
	if c.namespaceSpeaks(at) {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "error code %d is not registered", code)
	if c.ns != "" {
		fmt.Fprintf(&b, " in namespace %s", c.ns)
		var others []string
		for _, e := range c.catalog().LookupAny(code) {
			others = append(others, e.Namespace)
		}
		if len(others) > 0 {
			fmt.Fprintf(&b, " (it is registered in %s)", strings.Join(others, ", "))
		}
	} else {
		b.WriteString(" in the catalog")
	}
	if s := suggestions(c.catalog().Suggest(c.ns, code), code); len(s) > 0 {
		fmt.Fprintf(&b, "; did you mean %s?", strings.Join(s, " or "))
	}
	c.rep.report(at, CategoryUnknownCode, "%s", b.String())
}

// suggestions picks at most three likely intended codes among the
// catalog's typo candidates: those with code's status prefix first.
func suggestions(cands []int64, code int64) []string {
	p, _ := catalog.PrefixStatus(code)
	slices.SortStableFunc(cands, func(a, b int64) int {
		pa, _ := catalog.PrefixStatus(a)
		pb, _ := catalog.PrefixStatus(b)
		return cmp.Compare(b2i(pa != p), b2i(pb != p))
	})
	var out []string
	for _, v := range cands[:min(len(cands), 3)] {
		out = append(out, strconv.FormatInt(v, 10))
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkStatus compares a pair's constant status with the status
// registered for its code or, for an unregistered code under the prefix
// rule, with the code's prefix.
func (c *checker) checkStatus(k construction, p pair, es []*catalog.Entry) {
	if !p.hasStatus {
		return
	}
	status, code := p.status, p.code
	var want int
	var why string
	if len(es) > 0 {
		for _, e := range es {
			if int64(e.Status) == status {
				return // matches (one of) the registrations
			}
		}
		want, why = es[0].Status, fmt.Sprintf("registered with %d", es[0].Status)
	} else {
		pre, ok := catalog.PrefixStatus(code)
		if !c.catalog().Rules.Prefix || !ok || int64(pre) == status {
			return
		}
		if d := c.catalog().Rules.Digits; d > 0 && len(strconv.FormatInt(max(code, -code), 10)) != d {
			return // not the catalog's width: unknown-code says so, and its first digits are no status prefix
		}
		want, why = pre, fmt.Sprintf("prefix %d", pre)
	}
	via := ""
	if p.via != "" {
		via = ", as returned by " + p.via
	}
	switch {
	case p.mapper != "":
		c.rep.report(p.codeAt, CategoryStatusMismatch, "error code %d (%s) has no case in %s, whose default status is %d", code, why, p.mapper, status)
	case p.statusAt == nil && k.defaulted:
		c.rep.report(p.codeAt, CategoryStatusMismatch, "error code %d (%s) used with %s without a status, which defaults to %d", code, why, k.name, status)
	case p.statusAt == nil:
		// The status comes from a wrapper: the code is what is wrong here.
		c.rep.report(p.codeAt, CategoryStatusMismatch, "error code %d (%s) used with %s, which fixes status %d%s", code, why, k.name, status, via)
	default:
		var fixes []analysis.SuggestedFix
		if p.fixable {
			fixes = c.statusFix(p.statusAt, want)
		}
		c.rep.reportFix(p.statusAt, CategoryStatusMismatch, fixes,
			"status %d does not match error code %d (%s)%s", status, code, why, via)
	}
}

// checkMessage reports a constant message that is the catalog text of
// another entry than the code's own.
func (c *checker) checkMessage(k construction, code int64, es []*catalog.Entry) {
	msg, ok := c.stringConst(k.message)
	if !ok || msg == "" {
		return
	}
	named := c.catalog().LookupText(msg)
	if len(named) == 0 {
		return // free text: not the check's business
	}
	for _, n := range named {
		for _, e := range es {
			if n == e {
				return
			}
		}
	}
	other := named[0]
	own := es[0]
	var fixes []analysis.SuggestedFix
	if len(es) == 1 && own.Name != "" {
		fixes = c.messageFix(k.message, own.Name)
	}
	used := fmt.Sprintf("error code %d", code)
	if len(es) == 1 {
		used += " in namespace " + own.Namespace
	}
	c.rep.reportFix(k.message, CategoryMessageMismatch, fixes,
		"message %q is the name of error code %d in namespace %s, not of %s",
		msg, other.Code, other.Namespace, used)
}

// checkNamespaceRefs reports references, anywhere in the package, to code
// symbols of another namespace: constants declared in that namespace's
// packages whose value is a code registered there, and package-level
// variables initialized by a construction with such a code.
func (c *checker) checkNamespaceRefs() {
	if c.ns == "" || len(c.st.namespaces) == 0 {
		return
	}
	foreign := c.foreignImports()
	if len(foreign) == 0 {
		return
	}
	for id, obj := range c.pass.TypesInfo.Uses {
		if p := obj.Pkg(); p == nil || !slices.Contains(foreign, p) {
			continue // most uses: a pointer comparison or two
		}
		ns, code, ok := c.foreignCodeSymbol(obj)
		if !ok {
			continue
		}
		c.rep.report(id, CategoryNamespace, "%s.%s is error code %d of namespace %s, used in a package of namespace %s",
			obj.Pkg().Name(), obj.Name(), code, ns, c.ns)
	}
}

// foreignImports returns the package's imports of another namespace: a
// code symbol is a package-level object, which only a package that
// imports its package can name, so the uses of other objects need no
// closer look, and a package that imports none (most) none at all.
func (c *checker) foreignImports() []*types.Package {
	var out []*types.Package
	for _, imp := range c.pass.Pkg.Imports() {
		if ns := c.namespaceOfPkg(imp); ns != "" && ns != c.ns {
			out = append(out, imp)
		}
	}
	return out
}

// namespaceOfPkg returns the namespace of pkg, memoized.
func (c *checker) namespaceOfPkg(pkg *types.Package) string {
	if c.nsOf == nil {
		c.nsOf = map[*types.Package]string{}
	}
	ns, seen := c.nsOf[pkg]
	if !seen {
		ns, _ = c.st.namespaces.namespaceOf(pkg.Path())
		c.nsOf[pkg] = ns
	}
	return ns
}

// foreignCodeSymbol reports whether obj is a code symbol of another
// namespace than the package's, and which namespace and code.
func (c *checker) foreignCodeSymbol(obj types.Object) (ns string, code int64, ok bool) {
	pkg := obj.Pkg()
	if c.ns == "" || pkg == nil || pkg == c.pass.Pkg || obj.Parent() != pkg.Scope() {
		return "", 0, false // not a package-level object of another package
	}
	switch obj := obj.(type) {
	case *types.Const:
		v := constant.ToInt(obj.Val())
		if v.Kind() != constant.Int {
			return "", 0, false
		}
		var exact bool
		if code, exact = constant.Int64Val(v); !exact {
			return "", 0, false
		}
	case *types.Var:
		var f codeSymbolFact
		if !c.pass.ImportObjectFact(obj, &f) {
			return "", 0, false
		}
		code = f.Code
	default:
		return "", 0, false
	}
	ns = c.namespaceOfPkg(pkg)
	if ns == "" || ns == c.ns {
		return "", 0, false
	}
	if _, ok := c.catalog().Lookup(ns, code); !ok {
		return "", 0, false
	}
	return ns, code, true
}

// namespaceSpeaks reports whether the code written at n is a code symbol
// of another namespace, which the namespace check reports: one mistake
// (the other namespace's symbol) gets one finding, the one naming it.
func (c *checker) namespaceSpeaks(n ast.Node) bool {
	if !c.st.enabled[CategoryNamespace] || len(c.st.namespaces) == 0 {
		return false
	}
	var id *ast.Ident
	switch e := n.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.ParenExpr:
		return c.namespaceSpeaks(ast.Unparen(e))
	default:
		return false
	}
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil {
		return false
	}
	_, _, ok := c.foreignCodeSymbol(obj)
	return ok
}

// exportCodeSymbols exports a codeSymbolFact for each package-level
// variable initialized by a construction with a constant code.
func (c *checker) exportCodeSymbols() {
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					if name.Name == "_" {
						continue // nobody can refer to it
					}
					init := ast.Unparen(vs.Values[i])
					if u, ok := init.(*ast.UnaryExpr); ok && u.Op == token.AND {
						init = ast.Unparen(u.X)
					}
					k, ok := c.recognize(init)
					if !ok {
						continue
					}
					code, ok := k.fixedCode, k.hasFixedCode
					if !ok {
						code, ok = c.intConst(k.code)
					}
					if !ok {
						continue
					}
					if v, ok := c.pass.TypesInfo.Defs[name].(*types.Var); ok {
						if c.codeVars == nil {
							c.codeVars = map[*types.Var]int64{}
						}
						c.codeVars[v] = code
						c.pass.ExportObjectFact(v, &codeSymbolFact{Code: code})
					}
				}
			}
		}
	}
}
