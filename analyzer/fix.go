package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// statusConstants names net/http's constant for each status it defines.
var statusConstants = map[int]string{
	100: "StatusContinue", 101: "StatusSwitchingProtocols", 102: "StatusProcessing", 103: "StatusEarlyHints",
	200: "StatusOK", 201: "StatusCreated", 202: "StatusAccepted", 203: "StatusNonAuthoritativeInfo",
	204: "StatusNoContent", 205: "StatusResetContent", 206: "StatusPartialContent", 207: "StatusMultiStatus",
	208: "StatusAlreadyReported", 226: "StatusIMUsed",
	300: "StatusMultipleChoices", 301: "StatusMovedPermanently", 302: "StatusFound", 303: "StatusSeeOther",
	304: "StatusNotModified", 305: "StatusUseProxy", 307: "StatusTemporaryRedirect", 308: "StatusPermanentRedirect",
	400: "StatusBadRequest", 401: "StatusUnauthorized", 402: "StatusPaymentRequired", 403: "StatusForbidden",
	404: "StatusNotFound", 405: "StatusMethodNotAllowed", 406: "StatusNotAcceptable", 407: "StatusProxyAuthRequired",
	408: "StatusRequestTimeout", 409: "StatusConflict", 410: "StatusGone", 411: "StatusLengthRequired",
	412: "StatusPreconditionFailed", 413: "StatusRequestEntityTooLarge", 414: "StatusRequestURITooLong",
	415: "StatusUnsupportedMediaType", 416: "StatusRequestedRangeNotSatisfiable", 417: "StatusExpectationFailed",
	418: "StatusTeapot", 421: "StatusMisdirectedRequest", 422: "StatusUnprocessableEntity", 423: "StatusLocked",
	424: "StatusFailedDependency", 425: "StatusTooEarly", 426: "StatusUpgradeRequired", 428: "StatusPreconditionRequired",
	429: "StatusTooManyRequests", 431: "StatusRequestHeaderFieldsTooLarge", 451: "StatusUnavailableForLegalReasons",
	500: "StatusInternalServerError", 501: "StatusNotImplemented", 502: "StatusBadGateway", 503: "StatusServiceUnavailable",
	504: "StatusGatewayTimeout", 505: "StatusHTTPVersionNotSupported", 506: "StatusVariantAlsoNegotiates",
	507: "StatusInsufficientStorage", 508: "StatusLoopDetected", 510: "StatusNotExtended",
	511: "StatusNetworkAuthenticationRequired",
}

// statusFix replaces a wrong status expression with net/http's constant
// for the right one, importing net/http when the file does not yet, or
// with the number when net/http has no constant or cannot be named.
func (c *checker) statusFix(e ast.Expr, want int) []analysis.SuggestedFix {
	file := c.fileOf(e.Pos())
	if file == nil {
		return nil
	}
	text := strconv.Itoa(want)
	var edits []analysis.TextEdit
	uses := "" // the package name text refers to
	if name, ok := statusConstants[want]; ok {
		if pkg, extra, ok := c.httpName(file, e.Pos()); ok {
			text = pkg + "." + name
			edits = extra
			uses = pkg
		}
	}
	edits = append([]analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}}, edits...)
	edits = append(edits, c.unusedImports(file, e, uses)...)
	return []analysis.SuggestedFix{{Message: "Replace with `" + text + "`", TextEdits: edits}}
}

// httpName returns the name under which file refers to net/http at pos,
// and the edit that adds the import when it has none. It fails when the
// name http is taken.
func (c *checker) httpName(file *ast.File, pos token.Pos) (string, []analysis.TextEdit, bool) {
	// What a name means at pos: nil (free), or the object it denotes.
	lookup := func(name string) types.Object {
		scope := c.pass.TypesInfo.Scopes[file]
		if scope == nil {
			return c.pass.Pkg.Scope().Lookup(name)
		}
		_, obj := scope.Innermost(pos).LookupParent(name, pos)
		return obj
	}
	for _, imp := range file.Imports {
		if path, _ := strconv.Unquote(imp.Path.Value); path != "net/http" {
			continue
		}
		name := "http"
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if pn, ok := lookup(name).(*types.PkgName); ok && pn.Imported().Path() == "net/http" {
			return name, nil, true
		}
		return "", nil, false // dot or blank import, or shadowed here
	}
	if lookup("http") != nil {
		return "", nil, false // "http" names something else here
	}
	return "http", []analysis.TextEdit{addImport(c.pass.Fset.File(file.Pos()), file, "net/http")}, true
}

// addImport returns the edit that adds an import of path to file: into
// the first parenthesized import declaration, by grouping a single import
// with it, or on the line after the package clause. import "C" is never
// touched: cgo wants it alone, right after its preamble.
func addImport(tf *token.File, file *ast.File, path string) analysis.TextEdit {
	q := strconv.Quote(path)
	var last *ast.GenDecl // the last import declaration
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			break
		}
		last = gd
		if gd.Lparen.IsValid() {
			return analysis.TextEdit{Pos: gd.Lparen + 1, End: gd.Lparen + 1, NewText: []byte("\n\t" + q)}
		}
		spec := gd.Specs[0].(*ast.ImportSpec)
		if spec.Path.Value == `"C"` {
			continue
		}
		text := "import (\n\t" + q + "\n\t"
		if spec.Name != nil {
			text += spec.Name.Name + " "
		}
		text += spec.Path.Value + "\n)"
		return analysis.TextEdit{Pos: gd.Pos(), End: gd.End(), NewText: []byte(text)}
	}
	if last != nil {
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte("\n\nimport " + q)}
	}
	// After the package clause's line, keeping a comment that ends it.
	// Not inside a block comment that goes on below the clause: after
	// it. Not after declarations on the clause's line (an import after
	// declarations does not compile): right after the package name,
	// "package x; import ...".
	line := tf.PositionFor(file.Name.End(), false).Line
	lineOf := func(p token.Pos) int { return tf.PositionFor(p, false).Line }
	if len(file.Decls) > 0 && lineOf(file.Decls[0].Pos()) == line {
		return analysis.TextEdit{Pos: file.Name.End(), End: file.Name.End(), NewText: []byte("; import " + q)}
	}
	for _, cg := range file.Comments {
		for _, cm := range cg.List {
			if cm.Pos() >= file.Name.End() && lineOf(cm.Pos()) == line && lineOf(cm.End()) > line {
				return analysis.TextEdit{Pos: cm.End(), End: cm.End(), NewText: []byte("\n\nimport " + q + "\n")}
			}
		}
	}
	if line < tf.LineCount() {
		p := tf.LineStart(line + 1)
		return analysis.TextEdit{Pos: p, End: p, NewText: []byte("\nimport " + q + "\n")}
	}
	return analysis.TextEdit{Pos: file.FileEnd, End: file.FileEnd, NewText: []byte("\n\nimport " + q + "\n")}
}

// unusedImports returns the edits that remove the imports of file whose
// every use lies in e, which a fix replaces with text that uses only the
// package name keep (or none): replacing http.StatusBadRequest with 499
// must not leave net/http imported and unused.
func (c *checker) unusedImports(file *ast.File, e ast.Expr, keep string) []analysis.TextEdit {
	pkgNameOf := func(n ast.Node) *types.PkgName {
		if id, ok := n.(*ast.Ident); ok {
			pn, _ := c.pass.TypesInfo.Uses[id].(*types.PkgName)
			return pn
		}
		return nil
	}
	inE := map[*types.PkgName]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		if pn := pkgNameOf(n); pn != nil && pn.Name() != keep {
			inE[pn] = true
		}
		return true
	})
	if len(inE) == 0 {
		return nil
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if n == e {
			return false // the uses being replaced
		}
		if pn := pkgNameOf(n); pn != nil {
			delete(inE, pn)
		}
		return len(inE) > 0
	})
	var edits []analysis.TextEdit
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		for i, spec := range gd.Specs {
			pn := c.importedName(spec.(*ast.ImportSpec))
			if pn == nil || !inE[pn] {
				continue
			}
			edits = append(edits, removeSpec(c.pass.Fset.File(file.Pos()), gd, i))
		}
	}
	return edits
}

// importedName returns the package name an import spec declares.
func (c *checker) importedName(spec *ast.ImportSpec) *types.PkgName {
	var obj types.Object
	if spec.Name != nil {
		obj = c.pass.TypesInfo.Defs[spec.Name]
	} else {
		obj = c.pass.TypesInfo.Implicits[spec]
	}
	pn, _ := obj.(*types.PkgName)
	return pn
}

// removeSpec returns the edit that removes the i-th spec of an import
// declaration: the whole declaration when it is its only spec, else the
// spec and the semicolon that separates it from a neighbor on its line.
func removeSpec(tf *token.File, gd *ast.GenDecl, i int) analysis.TextEdit {
	if len(gd.Specs) == 1 {
		return analysis.TextEdit{Pos: gd.Pos(), End: gd.End()}
	}
	lineOf := func(p token.Pos) int { return tf.PositionFor(p, false).Line }
	spec := gd.Specs[i]
	switch {
	case i+1 < len(gd.Specs) && lineOf(gd.Specs[i+1].Pos()) == lineOf(spec.End()):
		return analysis.TextEdit{Pos: spec.Pos(), End: gd.Specs[i+1].Pos()}
	case i > 0 && lineOf(gd.Specs[i-1].End()) == lineOf(spec.Pos()):
		return analysis.TextEdit{Pos: gd.Specs[i-1].End(), End: spec.End()}
	}
	return analysis.TextEdit{Pos: spec.Pos(), End: spec.End()}
}

// messageFix replaces a message with the catalog name of the code used.
func (c *checker) messageFix(e ast.Expr, name string) []analysis.SuggestedFix {
	text := strconv.Quote(name)
	return []analysis.SuggestedFix{{
		Message:   "Replace the message with the catalog name " + text,
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
	}}
}

// fileOf returns the package file containing pos.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
