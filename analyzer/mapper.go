package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// Mappers: the team's code-to-status table written in Go, a function or
// method switching over the code (case NotFound.Code(): return 404) or a
// map literal from code to status. Named in the config (mappers:) or by
// //errcodecheck:mapper on the declaration. Each case and entry is checked
// against the catalog where it is written. A mapper method (or a function
// whose first parameter is of a named type) is linked to that type: a
// code-only construction whose static type is it gets the mapper's
// status, so a code with no case is checked against the default. The link
// travels to other packages as a mapperFact on the type.

const mapperDirective = "//errcodecheck:mapper"

// mapperFact describes the mapper linked to a named type.
type mapperFact struct {
	Name    string  // the mapper, for messages: "(*Error).StatusCode"
	Default int     // the status of codes with no case; 0: none
	Cases   []int64 // the codes with a case, sorted
}

func (*mapperFact) AFact() {}

func (f *mapperFact) String() string {
	return fmt.Sprintf("mapper(%s default=%d cases=%d)", f.Name, f.Default, len(f.Cases))
}

func (f *mapperFact) hasCase(code int64) bool {
	_, ok := slices.BinarySearch(f.Cases, code)
	return ok
}

// mapperCase is one case or entry of a mapper: its codes and the status
// it returns (nil: not a constant).
type mapperCase struct {
	codes  []ast.Expr
	status ast.Expr
}

// mappers finds the package's mappers (by config and directive), checks
// their cases and records and exports their links. A configured mapper
// that does not exist or has no constant cases is a config error.
func (c *checker) mappers() error {
	configured := map[string]int{}
	for i, m := range c.st.cfg.Mappers {
		var pkg string
		if m.Func != "" {
			fn, _ := parseFuncName(m.Func) // validated
			pkg = fn.pkg
		} else {
			pkg, _, _ = splitQualified(m.Var)
		}
		if pkg == c.pass.Pkg.Path() {
			configured[m.Func+m.Var] = i
		}
	}
	found := map[string]bool{}
	var errs []string
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				fn, ok := info.Defs[d.Name].(*types.Func)
				if !ok || d.Body == nil {
					continue
				}
				dir := c.mapperComment(d.Doc)
				var i int
				conf := false
				if len(configured) > 0 {
					i, conf = configured[fn.FullName()]
				}
				if !conf && dir == nil {
					continue
				}
				found[fn.FullName()] = true
				cases, def, ok := c.switchCases(d.Body)
				if !ok {
					why := "has no switch whose cases are constant codes returning constant statuses"
					if conf {
						errs = append(errs, fmt.Sprintf("%s: mapper %s %s", c.st.cfg.where(fmt.Sprintf("mappers[%d].func", i)), fn.FullName(), why))
					} else {
						c.rep.report(dir, CategoryDirective, "%s on %s: it %s", mapperDirective[2:], fn.Name(), why)
					}
					continue
				}
				c.checkMapper(mapperName(fn), cases, def, mapperType(fn))
			case *ast.GenDecl:
				for _, s := range d.Specs {
					vs, ok := s.(*ast.ValueSpec)
					if !ok {
						continue
					}
					doc := vs.Doc
					if doc == nil && len(d.Specs) == 1 {
						doc = d.Doc
					}
					dir := c.mapperComment(doc)
					for j, id := range vs.Names {
						v, ok := info.Defs[id].(*types.Var)
						if !ok {
							continue
						}
						if len(configured) == 0 && dir == nil {
							continue
						}
						full := c.pass.Pkg.Path() + "." + id.Name
						i, conf := configured[full]
						if !conf && dir == nil {
							continue
						}
						found[full] = true
						var cases []mapperCase
						ok = len(vs.Values) == len(vs.Names)
						if ok {
							cases, ok = c.mapCases(vs.Values[j])
						}
						if !ok {
							why := "is not a map literal from constant codes to constant statuses"
							if conf {
								errs = append(errs, fmt.Sprintf("%s: mapper %s %s", c.st.cfg.where(fmt.Sprintf("mappers[%d].var", i)), full, why))
							} else {
								c.rep.report(dir, CategoryDirective, "%s on %s: it %s", mapperDirective[2:], v.Name(), why)
							}
							continue
						}
						c.checkMapper(v.Name(), cases, nil, nil)
					}
				}
			}
		}
	}
	for name, i := range configured {
		if !found[name] {
			m := c.st.cfg.Mappers[i]
			key, what := "func", "function"
			if m.Var != "" {
				key, what = "var", "variable"
			}
			errs = append(errs, fmt.Sprintf("%s: %s %s not found in package %s", c.st.cfg.where(fmt.Sprintf("mappers[%d].%s", i, key)), what, name, c.pass.Pkg.Path()))
		}
	}
	if len(errs) > 0 {
		slices.Sort(errs)
		return &ConfigError{errs}
	}
	return nil
}

// declaresMapper reports whether the package declares a mapper, by
// config or directive, which must be checked even when it constructs no
// errors itself. Only doc comments are read.
func (c *checker) declaresMapper() bool {
	for _, m := range c.st.cfg.Mappers {
		name := m.Func + m.Var
		if fn, err := parseFuncName(name); err == nil && fn.pkg == c.pass.Pkg.Path() {
			return true
		}
	}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			var doc *ast.CommentGroup
			switch d := d.(type) {
			case *ast.FuncDecl:
				doc = d.Doc
			case *ast.GenDecl:
				doc = d.Doc
				if doc == nil && len(d.Specs) == 1 {
					if vs, ok := d.Specs[0].(*ast.ValueSpec); ok {
						doc = vs.Doc
					}
				}
			}
			if doc == nil {
				continue
			}
			for _, cm := range doc.List { // (doc.Text() drops directives)
				if strings.HasPrefix(cm.Text, mapperDirective) {
					return true
				}
			}
		}
	}
	return false
}

// mapperComment returns the //errcodecheck:mapper comment of doc, or nil.
// Arguments are reported: the directive takes none.
func (c *checker) mapperComment(doc *ast.CommentGroup) *ast.Comment {
	if doc == nil {
		return nil
	}
	for _, cm := range doc.List {
		rest, ok := strings.CutPrefix(cm.Text, mapperDirective)
		if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
			continue
		}
		rest, _, _ = strings.Cut(rest, "//")
		if strings.TrimSpace(rest) != "" {
			c.rep.report(cm, CategoryDirective, "malformed %s directive: it takes no arguments, got %q", mapperDirective[2:], strings.TrimSpace(rest))
		}
		return cm
	}
	return nil
}

// mapperName names fn in messages: "StatusOf", "(*Error).StatusCode".
func mapperName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return fn.Name()
	}
	t := recv.Type()
	ptr := ""
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), "*"
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return "(" + ptr + n.Obj().Name() + ")." + fn.Name()
	}
	return fn.Name()
}

// mapperType is the type a mapper function is linked to: its receiver's,
// or its first parameter's named type, when declared in this package.
func mapperType(fn *types.Func) *types.TypeName {
	sig := fn.Signature()
	var t types.Type
	switch {
	case sig.Recv() != nil:
		t = sig.Recv().Type()
	case sig.Params().Len() > 0:
		t = sig.Params().At(0).Type()
	default:
		return nil
	}
	return namedObj(t)
}

// namedObj returns the type name of t or *t (on the generic origin), or
// nil for unnamed and predeclared types.
func namedObj(t types.Type) *types.TypeName {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return n.Origin().Obj()
}

// switchCases returns the cases of the first switch with a tag in body
// (not inside function literals) and the default status: the default
// clause's, else that of the first return after the switch. ok is false
// when no case has a constant code and status.
func (c *checker) switchCases(body *ast.BlockStmt) (cases []mapperCase, def ast.Expr, ok bool) {
	var sw *ast.SwitchStmt
	var after []ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		if sw != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			for i, s := range n.List {
				if s, ok := s.(*ast.SwitchStmt); ok && s.Tag != nil && sw == nil {
					sw, after = s, n.List[i+1:]
				}
			}
		}
		return true
	})
	if sw == nil {
		return nil, nil, false
	}
	for _, s := range sw.Body.List {
		cc := s.(*ast.CaseClause)
		st := returned(cc.Body)
		if cc.List == nil {
			def = st
			continue
		}
		cases = append(cases, mapperCase{codes: cc.List, status: st})
		if st != nil {
			if _, isConst := c.intConst(st); isConst {
				for _, e := range cc.List {
					if _, isCode := c.caseCode(e); isCode {
						ok = true
					}
				}
			}
		}
	}
	if def == nil {
		def = returned(after)
	}
	return cases, def, ok
}

// returned returns the single value of the first return among stmts.
func returned(stmts []ast.Stmt) ast.Expr {
	for _, s := range stmts {
		if r, ok := s.(*ast.ReturnStmt); ok {
			if len(r.Results) == 0 {
				return nil
			}
			return r.Results[0]
		}
	}
	return nil
}

// mapCases returns the entries of a map literal from code to status.
func (c *checker) mapCases(e ast.Expr) ([]mapperCase, bool) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	if _, isMap := c.pass.TypesInfo.TypeOf(lit).Underlying().(*types.Map); !isMap {
		return nil, false
	}
	var cases []mapperCase
	ok = false
	for _, elt := range lit.Elts {
		kv, isKV := elt.(*ast.KeyValueExpr)
		if !isKV {
			continue
		}
		cases = append(cases, mapperCase{codes: []ast.Expr{kv.Key}, status: kv.Value})
		if _, isCode := c.caseCode(kv.Key); isCode {
			if _, isConst := c.intConst(kv.Value); isConst {
				ok = true
			}
		}
	}
	return cases, ok
}

// caseCode returns the code a case value stands for: a constant, or a
// code symbol (a variable initialized by a construction with a constant
// code) as NotFound, NotFound.Code or NotFound.Code().
func (c *checker) caseCode(e ast.Expr) (int64, bool) {
	if v, ok := c.intConst(e); ok {
		return v, true
	}
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		e = ast.Unparen(call.Fun)
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if _, isPkg := c.pass.TypesInfo.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
			e = sel.X // V.Code, V.Code(): the accessor of V
		}
	}
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr: // pkg.V
		id = e.Sel
	default:
		return 0, false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return 0, false
	}
	if code, ok := c.codeVars[v]; ok {
		return code, true
	}
	var f codeSymbolFact
	if v.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(v, &f) {
		return f.Code, true
	}
	return 0, false
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// checkMapper checks each case of a mapper against the catalog, and
// links the mapper to tn (nil: none).
func (c *checker) checkMapper(name string, cases []mapperCase, def ast.Expr, tn *types.TypeName) {
	var codes []int64
	for _, mc := range cases {
		status, hasStatus := int64(0), false
		if mc.status != nil {
			status, hasStatus = c.intConst(mc.status)
		}
		for _, e := range mc.codes {
			code, ok := c.caseCode(e)
			if !ok {
				continue
			}
			codes = append(codes, code)
			if c.st.cfg.isSuccess(code) {
				continue
			}
			es := c.entries(code)
			if len(es) == 0 {
				c.reportUnknown(e, code)
			}
			if hasStatus {
				k := construction{node: e, code: e, status: mc.status, name: name}
				c.checkStatus(k, pair{code: code, codeAt: e, status: status, hasStatus: true,
					statusAt: mc.status, fixable: len(mc.codes) == 1}, es)
			}
		}
	}
	if tn == nil || tn.Pkg() != c.pass.Pkg {
		return
	}
	f := &mapperFact{Name: name}
	if def != nil {
		if v, ok := c.intConst(def); ok && v >= 100 && v <= 599 {
			f.Default = int(v)
		}
	}
	slices.Sort(codes)
	f.Cases = slices.Compact(codes)
	if c.typeMappers == nil {
		c.typeMappers = map[*types.TypeName]*mapperFact{}
	}
	c.typeMappers[tn] = f
	c.pass.ExportObjectFact(tn, f)
}

// mapperOf returns the mapper linked to the static type of construction
// k's value, or nil.
func (c *checker) mapperOf(k construction) *mapperFact {
	var t types.Type
	switch n := k.node.(type) {
	case *ast.CallExpr:
		t = c.pass.TypesInfo.TypeOf(n)
		if tup, ok := t.(*types.Tuple); ok {
			if tup.Len() == 0 {
				return nil
			}
			t = tup.At(0).Type()
		}
	case *ast.CompositeLit:
		t = c.pass.TypesInfo.TypeOf(n)
	}
	if t == nil {
		return nil
	}
	tn := namedObj(t)
	if tn == nil {
		return nil
	}
	if f, ok := c.typeMappers[tn]; ok {
		return f // this package's, or memoized (nil: none)
	}
	var found *mapperFact
	if tn.Pkg() != c.pass.Pkg {
		var f mapperFact
		if c.pass.ImportObjectFact(tn, &f) {
			found = &f
		}
	}
	if c.typeMappers == nil {
		c.typeMappers = map[*types.TypeName]*mapperFact{}
	}
	c.typeMappers[tn] = found
	return found
}
