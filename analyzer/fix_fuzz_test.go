package analyzer_test

import (
	"bytes"
	"cmp"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// FuzzFixesCompile runs the analyzer on a one-file package and applies
// each suggested fix on its own, as a JSON or SARIF consumer does: every
// fix of a file that type-checks must leave a file that type-checks
// (go/types with the standard library's export data). It found the
// import added inside a block comment after "package x /* ...", after the
// declarations of a one-line file, and net/http left imported and unused
// when http.StatusBadRequest became 499.
func FuzzFixesCompile(f *testing.F) {
	ctor := "func NewError(httpCode, errorCode int, msg string) error { return nil }\n"
	for _, seed := range []string{
		"package a\n\n" + ctor + "\nvar _ = NewError(400, 40400003, \"\")\n",
		"package a /* a comment\nthat goes on */\n\n" + ctor + "\nvar _ = NewError(400, 40400003, \"\")\n",
		"package a /* one */ /* two\n*/ // three\n" + ctor + "var _ = NewError(400, 40400003, \"\")\n",
		"package a; " + strings.TrimSuffix(ctor, "\n") + "; var _ = NewError(400, 40400003, \"\")",
		"package a // the package\n" + ctor + "var _ = NewError(400, 40400003, \"\")",
		"package a\n\nimport \"net/http\"\n\n" + ctor + "\nvar _ = NewError(http.StatusBadRequest, 49900001, \"\")\n",
		"package a\n\nimport (\"errors\"; \"net/http\")\n\n" + ctor + "\nvar _, _ = NewError(http.StatusBadRequest, 49900001, \"\"), errors.New\n",
		"package a\n\nimport (\"net/http\"; \"errors\")\n\n" + ctor + "\nvar _, _ = NewError(http.StatusBadRequest, 49900001, \"\"), errors.New\n",
		"package a\n\nimport \"net/http\"\n\n" + ctor + "\nvar _ = NewError(http.StatusBadRequest, 49900001, \"\")\nvar _ = NewError(http.StatusOK, 40400003, \"\")\n",
		"package a\n\nimport h \"net/http\"\n\n" + ctor + "\nvar _ = NewError(h.StatusBadRequest, 40100002, \"\")\n",
		"package a\n\nimport \"fmt\"\n\n" + ctor + "\nvar _ = NewError(400, 40100002, fmt.Sprint())\n",
		"package a\n\ntype E struct{ HTTPCode, ErrorCode int }\n\nvar _ = E{HTTPCode: 403, ErrorCode: 40100002}\n",
		"package a\n\nimport \"C\"\n\n" + ctor + "\nvar _ = NewError(400, 40400003, \"\")\n",
	} {
		f.Add(seed)
	}
	a := analyzer.New()
	imp := importer.Default()
	var mu sync.Mutex // the importer is not safe for concurrent use
	check := func(src string) (*token.FileSet, *ast.File, *types.Package, *types.Info, error) {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "/fuzz/a.go", src, parser.ParseComments)
		if err != nil {
			return nil, nil, nil, nil, err
		}
		info := &types.Info{
			Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{},
			Implicits: map[ast.Node]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
			Scopes: map[ast.Node]*types.Scope{}, Instances: map[*ast.Ident]types.Instance{}, FileVersions: map[*ast.File]string{},
		}
		mu.Lock()
		defer mu.Unlock()
		conf := types.Config{Importer: imp, Error: func(error) {}}
		pkg, err := conf.Check("example.com/fuzz", fset, []*ast.File{file}, info)
		return fset, file, pkg, info, err
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 4<<10 || strings.Contains(src, "import \"C\"") || strings.Contains(src, "//line") {
			return // cgo and //line files are the drivers' business
		}
		fset, file, pkg, info, err := check(src)
		if err != nil {
			return // only fixes of files that compile must compile
		}
		diags := runOnFile(t, a, fset, file, pkg, info)
		for _, d := range diags {
			for _, fix := range d.SuggestedFixes {
				out, err := applyFix(fset, []byte(src), fix)
				if err != nil {
					t.Fatalf("fix %q of %q: %v\n%s", fix.Message, d.Message, err, src)
				}
				if _, _, _, _, err := check(string(out)); err != nil {
					t.Fatalf("fix %q of %q breaks the file: %v\n-- before --\n%s\n-- after --\n%s", fix.Message, d.Message, err, src, out)
				}
			}
		}
	})
}

// runOnFile runs a on a package of one file, with facts kept in memory.
func runOnFile(t *testing.T, a *analysis.Analyzer, fset *token.FileSet, file *ast.File, pkg *types.Package, info *types.Info) []analysis.Diagnostic {
	type key struct {
		obj types.Object // nil for the package fact
		t   reflect.Type
	}
	facts := map[key]analysis.Fact{}
	set := func(k key, f analysis.Fact) { facts[k] = f }
	get := func(k key, f analysis.Fact) bool {
		got, ok := facts[k]
		if ok {
			reflect.ValueOf(f).Elem().Set(reflect.ValueOf(got).Elem())
		}
		return ok
	}
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:          a,
		Fset:              fset,
		Files:             []*ast.File{file},
		Pkg:               pkg,
		TypesInfo:         info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		ResultOf:          map[*analysis.Analyzer]any{},
		Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile:          func(string) ([]byte, error) { return nil, os.ErrNotExist },
		ImportObjectFact:  func(o types.Object, f analysis.Fact) bool { return get(key{o, reflect.TypeOf(f)}, f) },
		ExportObjectFact:  func(o types.Object, f analysis.Fact) { set(key{o, reflect.TypeOf(f)}, f) },
		ImportPackageFact: func(p *types.Package, f analysis.Fact) bool { return p == pkg && get(key{nil, reflect.TypeOf(f)}, f) },
		ExportPackageFact: func(f analysis.Fact) { set(key{nil, reflect.TypeOf(f)}, f) },
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	if _, err := a.Run(pass); err != nil {
		t.Fatalf("analyzer: %v", err)
	}
	return diags
}

// applyFix applies the edits of one fix to src.
func applyFix(fset *token.FileSet, src []byte, fix analysis.SuggestedFix) ([]byte, error) {
	type edit struct {
		start, end int
		text       []byte
	}
	var edits []edit
	for _, e := range fix.TextEdits {
		tf := fset.File(e.Pos)
		edits = append(edits, edit{tf.Offset(e.Pos), tf.Offset(cmp.Or(e.End, e.Pos)), e.NewText})
	}
	slices.SortFunc(edits, func(a, b edit) int { return cmp.Compare(a.start, b.start) })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last {
			return nil, os.ErrInvalid // overlapping edits within one fix
		}
		out.Write(src[last:e.start])
		out.Write(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}
