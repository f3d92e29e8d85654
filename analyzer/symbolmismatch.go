package analyzer

import (
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

// identIndex maps a catalog identifier (Entry.Ident) to the entries that
// carry it, in document order. It is built once per setup; a catalog
// without identifiers has an empty index and the check costs nothing.
type identIndex map[string][]*catalog.Entry

func newIdentIndex(cat *catalog.Catalog) identIndex {
	if cat == nil {
		return nil
	}
	var idx identIndex
	for i := range cat.Entries {
		e := &cat.Entries[i]
		if e.Ident == "" {
			continue
		}
		if idx == nil {
			idx = identIndex{}
		}
		idx[e.Ident] = append(idx[e.Ident], e)
	}
	return idx
}

// checkSymbols runs the symbol-mismatch check on the package's own code
// symbols: package-level constants with an integer value and package-level
// variables initialized by a construction with a constant code
// (c.codeVars). A symbol is reported when its name is the catalog
// identifier of entries none of which has its value, and its value is a
// registered code: a constant named for one error that holds another's
// code, such as two swapped constants (each of the pair is reported).
//
// Identifiers and codes are looked up as unknown-code looks up codes: in
// the package's namespace when it has one, else in every namespace. A
// value that is not registered is left alone (it is not the identifier's
// code, but nothing says which error it is). The embedded fallback
// catalog is not the project's and has no identifiers anyway.
//
// The finding is at the symbol's value (its name when the value is
// implicit, in a const block with iota, or a variable's construction).
// A suggested fix replaces an integer literal value with the identifier's
// code when the identifier names exactly one code.
func (c *checker) checkSymbols() {
	if len(c.st.idents) == 0 || c.st.fallback {
		return
	}
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || (gd.Tok != token.CONST && gd.Tok != token.VAR) {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if _, named := c.st.idents[name.Name]; !named {
						continue // the cheap test first: most names are no identifier
					}
					var (
						code int64
						ok   bool
						at   ast.Node = name
						lit  *ast.BasicLit
						kind string
					)
					switch obj := c.pass.TypesInfo.Defs[name].(type) {
					case *types.Const:
						code, ok = constInt(obj)
						kind = "constant"
						if len(vs.Values) == len(vs.Names) {
							at = vs.Values[i]
							if bl, isLit := ast.Unparen(vs.Values[i]).(*ast.BasicLit); isLit && bl.Kind == token.INT {
								lit = bl
							}
						}
					case *types.Var:
						code, ok = c.codeVars[obj]
						kind = "variable"
					}
					if ok {
						c.checkSymbol(kind, name.Name, code, at, lit)
					}
				}
			}
		}
	}
}

// constInt returns the value of an integer constant.
func constInt(obj *types.Const) (int64, bool) {
	v := constant.ToInt(obj.Val())
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// checkSymbol checks one code symbol called name with value code.
func (c *checker) checkSymbol(kind, name string, code int64, at ast.Node, lit *ast.BasicLit) {
	if c.st.cfg.isSuccess(code) {
		return // a success response, not an error
	}
	var wants []int64 // the codes the catalog gives name
	for _, e := range c.st.idents[name] {
		if c.ns != "" && e.Namespace != c.ns {
			continue
		}
		if e.Code == code {
			return // (one of) the identifier's own codes
		}
		if !slices.Contains(wants, e.Code) {
			wants = append(wants, e.Code)
		}
	}
	if len(wants) == 0 {
		return // not an identifier of this package's namespace
	}
	own := c.entries(code)
	if len(own) == 0 {
		return // not a registered code: no other entry's
	}
	var b strings.Builder
	b.WriteString(name + " is error code " + strconv.FormatInt(code, 10) + ", but the catalog's " + name + " is error code ")
	for i, w := range wants {
		if i > 0 {
			b.WriteString(" or ")
		}
		b.WriteString(strconv.FormatInt(w, 10))
	}
	for _, e := range own {
		if e.Ident != "" && e.Ident != name {
			b.WriteString(" (" + strconv.FormatInt(code, 10) + " is " + e.Ident + ")")
			break
		}
	}
	var fixes []analysis.SuggestedFix
	if lit != nil && len(wants) == 1 {
		text := strconv.FormatInt(wants[0], 10)
		fixes = []analysis.SuggestedFix{{
			Message:   "Replace with `" + text + "`",
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(text)}},
		}}
	}
	c.rep.reportFix(at, CategorySymbolMismatch, fixes, "%s %s", kind, b.String())
}
