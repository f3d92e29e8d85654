package analyzer

import "go/ast"

// walkFiles calls f for every node of files in source order, as f(n, true)
// before n's children and f(n, false) after them; when f(n, true) returns
// false, n's children and its f(n, false) are skipped. It is the package's
// one traversal (scan). An inspector.Inspector would record every node of
// the package first: its events are the largest allocation of an analysis,
// pure garbage after a single pass, and on a large build they push the
// process's peak memory well above that of the loaded packages.
func walkFiles(files []*ast.File, f func(n ast.Node, push bool) bool) {
	var stack []ast.Node
	for _, file := range files {
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil { // ast.Inspect is done with the children of the top node
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				f(top, false)
				return true
			}
			if !f(n, true) {
				return false // ast.Inspect then makes no nil call for n
			}
			switch n.(type) {
			case *ast.Ident, *ast.BasicLit: // leaves, a good half of all nodes: pop them now
				f(n, false)
				return false
			}
			stack = append(stack, n)
			return true
		})
	}
}
