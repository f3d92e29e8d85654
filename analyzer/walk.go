package analyzer

import "go/ast"

// walkFiles calls f for every node of files in source order, as f(n, true)
// before n's children and f(n, false) after them; when f(n, true) returns
// false, n's children and its f(n, false) are skipped. It is the package's
// one traversal (scan). An inspector.Inspector would record every node of
// the package first: its events are the largest allocation of an analysis,
// pure garbage after a single pass, and on a large build they push the
// process's peak memory well above that of the loaded packages.
//
// The traversal is written out node type by node type, in the order of
// ast.Walk: a walk through ast.Inspect pays two calls through an interface
// and two closure calls per node, and a stack for the pops, which on a
// large package is most of the walk's cost.
// TestWalkFilesMatchesInspector checks that the events are exactly
// inspector.Nodes'.
func walkFiles(files []*ast.File, f func(n ast.Node, push bool) bool) {
	w := walker{f}
	for _, file := range files {
		w.node(file)
	}
}

type walker struct {
	f func(n ast.Node, push bool) bool
}

func walkList[N ast.Node](w walker, list []N) {
	for _, n := range list {
		w.node(n)
	}
}

// opt walks n unless it is nil: the fields ast.Walk checks for nil.
func (w walker) opt(n ast.Node) {
	if n != nil {
		w.node(n)
	}
}

func (w walker) node(n ast.Node) {
	if !w.f(n, true) {
		return
	}
	switch n := n.(type) {
	case *ast.Comment, *ast.BadExpr, *ast.Ident, *ast.BasicLit, *ast.BadStmt, *ast.EmptyStmt, *ast.BadDecl:
		// leaves
	case *ast.CommentGroup:
		walkList(w, n.List)
	case *ast.Field:
		if n.Doc != nil {
			w.node(n.Doc)
		}
		walkList(w, n.Names)
		w.opt(n.Type)
		if n.Tag != nil {
			w.node(n.Tag)
		}
		if n.Comment != nil {
			w.node(n.Comment)
		}
	case *ast.FieldList:
		walkList(w, n.List)
	case *ast.Ellipsis:
		w.opt(n.Elt)
	case *ast.FuncLit:
		w.node(n.Type)
		w.node(n.Body)
	case *ast.CompositeLit:
		w.opt(n.Type)
		walkList(w, n.Elts)
	case *ast.ParenExpr:
		w.node(n.X)
	case *ast.SelectorExpr:
		w.node(n.X)
		w.node(n.Sel)
	case *ast.IndexExpr:
		w.node(n.X)
		w.node(n.Index)
	case *ast.IndexListExpr:
		w.node(n.X)
		walkList(w, n.Indices)
	case *ast.SliceExpr:
		w.node(n.X)
		w.opt(n.Low)
		w.opt(n.High)
		w.opt(n.Max)
	case *ast.TypeAssertExpr:
		w.node(n.X)
		w.opt(n.Type)
	case *ast.CallExpr:
		w.node(n.Fun)
		walkList(w, n.Args)
	case *ast.StarExpr:
		w.node(n.X)
	case *ast.UnaryExpr:
		w.node(n.X)
	case *ast.BinaryExpr:
		w.node(n.X)
		w.node(n.Y)
	case *ast.KeyValueExpr:
		w.node(n.Key)
		w.node(n.Value)
	case *ast.ArrayType:
		w.opt(n.Len)
		w.node(n.Elt)
	case *ast.StructType:
		w.node(n.Fields)
	case *ast.FuncType:
		if n.TypeParams != nil {
			w.node(n.TypeParams)
		}
		if n.Params != nil {
			w.node(n.Params)
		}
		if n.Results != nil {
			w.node(n.Results)
		}
	case *ast.InterfaceType:
		w.node(n.Methods)
	case *ast.MapType:
		w.node(n.Key)
		w.node(n.Value)
	case *ast.ChanType:
		w.node(n.Value)
	case *ast.DeclStmt:
		w.node(n.Decl)
	case *ast.LabeledStmt:
		w.node(n.Label)
		w.node(n.Stmt)
	case *ast.ExprStmt:
		w.node(n.X)
	case *ast.SendStmt:
		w.node(n.Chan)
		w.node(n.Value)
	case *ast.IncDecStmt:
		w.node(n.X)
	case *ast.AssignStmt:
		walkList(w, n.Lhs)
		walkList(w, n.Rhs)
	case *ast.GoStmt:
		w.node(n.Call)
	case *ast.DeferStmt:
		w.node(n.Call)
	case *ast.ReturnStmt:
		walkList(w, n.Results)
	case *ast.BranchStmt:
		if n.Label != nil {
			w.node(n.Label)
		}
	case *ast.BlockStmt:
		walkList(w, n.List)
	case *ast.IfStmt:
		w.opt(n.Init)
		w.node(n.Cond)
		w.node(n.Body)
		w.opt(n.Else)
	case *ast.CaseClause:
		walkList(w, n.List)
		walkList(w, n.Body)
	case *ast.SwitchStmt:
		w.opt(n.Init)
		w.opt(n.Tag)
		w.node(n.Body)
	case *ast.TypeSwitchStmt:
		w.opt(n.Init)
		w.node(n.Assign)
		w.node(n.Body)
	case *ast.CommClause:
		w.opt(n.Comm)
		walkList(w, n.Body)
	case *ast.SelectStmt:
		w.node(n.Body)
	case *ast.ForStmt:
		w.opt(n.Init)
		w.opt(n.Cond)
		w.opt(n.Post)
		w.node(n.Body)
	case *ast.RangeStmt:
		w.opt(n.Key)
		w.opt(n.Value)
		w.node(n.X)
		w.node(n.Body)
	case *ast.ImportSpec:
		if n.Doc != nil {
			w.node(n.Doc)
		}
		if n.Name != nil {
			w.node(n.Name)
		}
		w.node(n.Path)
		if n.Comment != nil {
			w.node(n.Comment)
		}
	case *ast.ValueSpec:
		if n.Doc != nil {
			w.node(n.Doc)
		}
		walkList(w, n.Names)
		w.opt(n.Type)
		walkList(w, n.Values)
		if n.Comment != nil {
			w.node(n.Comment)
		}
	case *ast.TypeSpec:
		if n.Doc != nil {
			w.node(n.Doc)
		}
		w.node(n.Name)
		if n.TypeParams != nil {
			w.node(n.TypeParams)
		}
		w.node(n.Type)
		if n.Comment != nil {
			w.node(n.Comment)
		}
	case *ast.GenDecl:
		if n.Doc != nil {
			w.node(n.Doc)
		}
		walkList(w, n.Specs)
	case *ast.FuncDecl:
		if n.Doc != nil {
			w.node(n.Doc)
		}
		if n.Recv != nil {
			w.node(n.Recv)
		}
		w.node(n.Name)
		w.node(n.Type)
		if n.Body != nil {
			w.node(n.Body)
		}
	case *ast.File:
		if n.Doc != nil {
			w.node(n.Doc)
		}
		w.node(n.Name)
		walkList(w, n.Decls)
	}
	w.f(n, false)
}
