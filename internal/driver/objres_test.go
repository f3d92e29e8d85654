package driver

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestNoObjectResolution guards parseFile's choice to skip the parser's
// object resolution: no code that reads the files the driver loads may use
// what it would have filled in (ast.Ident.Obj, ast.File.Scope and
// Unresolved, ast.Object, ast.Scope). If this fails, either read
// types.Info instead or make parseFile resolve objects again.
//
// The one exception is the import fixer's pkgRefs, which reads files it
// parses itself, with resolution.
func TestNoObjectResolution(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the analyzer and the driver")
	}
	cfg := &packages.Config{
		Mode:  packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:   "../..",
		Tests: false,
	}
	pkgs, err := packages.Load(cfg, "./analyzer", "./internal/driver", "./catalog")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 || len(pkgs) != 3 {
		t.Fatalf("loading the analyzer and the driver failed (%d packages)", len(pkgs))
	}
	forbidden := map[string]bool{"Ident.Obj": true, "File.Scope": true, "File.Unresolved": true}
	isAST := func(obj types.Object) bool {
		return obj.Pkg() != nil && obj.Pkg().Path() == "go/ast"
	}
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				if fd, ok := n.(*ast.FuncDecl); ok && p.PkgPath == "github.com/errcodecheck/errcodecheck/internal/driver" && fd.Name.Name == "pkgRefs" {
					return false // reads files it parses itself, with resolution
				}
				switch n := n.(type) {
				case *ast.SelectorExpr:
					sel, ok := p.TypesInfo.Selections[n]
					if !ok || sel.Kind() != types.FieldVal || !isAST(sel.Obj()) {
						break
					}
					recv := sel.Recv()
					if ptr, ok := recv.(*types.Pointer); ok {
						recv = ptr.Elem()
					}
					named, ok := recv.(*types.Named)
					if ok && forbidden[named.Obj().Name()+"."+sel.Obj().Name()] {
						t.Errorf("%s: uses ast.%s.%s, which the driver's parse leaves empty", p.Fset.Position(n.Pos()), named.Obj().Name(), sel.Obj().Name())
					}
				case *ast.Ident:
					if obj, ok := p.TypesInfo.Uses[n].(*types.TypeName); ok && isAST(obj) && (obj.Name() == "Object" || obj.Name() == "Scope") {
						t.Errorf("%s: uses ast.%s, which the driver's parse does not build", p.Fset.Position(n.Pos()), obj.Name())
					}
				}
				return true
			})
		}
	}
}
