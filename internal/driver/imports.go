package driver

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// A fix that replaces the last use of an import removes the import too, so
// that its file compiles on its own (JSON and SARIF consumers apply fixes
// one by one). Applied together, two fixes may disagree: one replaces
// http.StatusBadRequest with 499 and removes net/http, the other needs
// http.StatusNotFound. So -fix and -diff drop the import removals of the
// fixes and, after applying all of them, remove the imports that the
// fixes left unused, as the x/tools drivers do.

// A span is the byte range [start, end) of an import spec or declaration.
type span struct{ start, end int }

// importSpans returns the spans of the import specs and declarations of f,
// parsed from the file's bytes.
func importSpans(f *ast.File) []span {
	var spans []span
	base := f.FileStart
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		spans = append(spans, span{int(gd.Pos() - base), int(gd.End() - base)})
		for _, s := range gd.Specs {
			spans = append(spans, span{int(s.Pos() - base), int(s.End() - base)})
		}
	}
	return spans
}

// isImportDeletion reports whether e deletes an import spec or
// declaration, with only blanks and semicolons around it.
func (ff *fileFix) isImportDeletion(e edit) bool {
	if e.text != "" {
		return false
	}
	for _, s := range ff.imports {
		if e.start <= s.start && s.end <= e.end &&
			blank(ff.orig[e.start:s.start]) && blank(ff.orig[s.end:e.end]) {
			return true
		}
	}
	return false
}

func blank(b []byte) bool {
	return len(bytes.Trim(b, " \t\r\n;")) == 0
}

// removeUnusedImports removes from out, the result of fixes applied to
// orig, the imports that orig used and out no longer does. It leaves out
// as it is when either does not parse.
func removeUnusedImports(orig, out []byte) []byte {
	of, err := parser.ParseFile(token.NewFileSet(), "", orig, 0)
	if err != nil {
		return out
	}
	fset := token.NewFileSet()
	nf, err := parser.ParseFile(fset, "", out, 0)
	if err != nil {
		return out
	}
	before, after := pkgRefs(of), pkgRefs(nf)
	base := nf.FileStart
	var dels []edit
	for _, d := range nf.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var gone []ast.Spec
		for _, s := range gd.Specs {
			name := importName(s.(*ast.ImportSpec))
			if name != "" && before[name] > 0 && after[name] == 0 {
				gone = append(gone, s)
			}
		}
		switch {
		case len(gone) == 0:
		case len(gone) == len(gd.Specs):
			dels = append(dels, lineSpan(out, int(gd.Pos()-base), int(gd.End()-base)))
		default:
			for _, s := range gone {
				dels = append(dels, lineSpan(out, int(s.Pos()-base), int(s.End()-base)))
			}
		}
	}
	if len(dels) == 0 {
		return out
	}
	return applyEdits(out, dels)
}

// lineSpan returns the edit that deletes [start, end) of src: its whole
// line when nothing else is on it, else the text and a semicolon after it.
func lineSpan(src []byte, start, end int) edit {
	ls := bytes.LastIndexByte(src[:start], '\n') + 1
	rest := src[end:]
	nl := bytes.IndexByte(rest, '\n')
	if nl >= 0 && blank(src[ls:start]) && len(bytes.TrimRight(rest[:nl], " \t\r")) == 0 {
		return edit{ls, end + nl + 1, ""}
	}
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	if end < len(src) && src[end] == ';' {
		end++
	}
	return edit{start, end, ""}
}

// pkgRefs counts, per name, the selector expressions x.Sel of f whose x is
// a name that may be an imported package: one that the parser did not
// resolve to a declaration of the file.
func pkgRefs(f *ast.File) map[string]int {
	refs := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Obj == nil {
				refs[id.Name]++
			}
		}
		return true
	})
	return refs
}

var versionElem = regexp.MustCompile(`^v\d+$`)

// importName returns the name an import declares, guessed from its path
// when it has no explicit name, or "" for blank and dot imports and paths
// whose package name cannot be guessed.
func importName(s *ast.ImportSpec) string {
	if s.Name != nil {
		if s.Name.Name == "_" || s.Name.Name == "." {
			return ""
		}
		return s.Name.Name
	}
	p, err := strconv.Unquote(s.Path.Value)
	if err != nil {
		return ""
	}
	name := path.Base(p)
	if versionElem.MatchString(name) && strings.Contains(p, "/") {
		name = path.Base(path.Dir(p))
	}
	name, _, _ = strings.Cut(name, ".")
	if !token.IsIdentifier(name) {
		return ""
	}
	return name
}
