package analyzer

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

// TestWalkFilesMatchesInspector: the traversal that replaced the inspector
// visits the same nodes in the same order, with the same pops and the same
// pruning, as inspector.Nodes does.
func TestWalkFilesMatchesInspector(t *testing.T) {
	t.Parallel()
	names, err := filepath.Glob("*.go") // this package's own sources
	if err != nil || len(names) == 0 {
		t.Fatalf("no sources: %v", err)
	}
	// And standard-library packages with every kind of node (select,
	// channels, labels, goto, generics, method expressions...).
	for _, dir := range []string{"net/http", "go/types", "runtime", "sync", "slices"} {
		more, _ := filepath.Glob(filepath.Join(build.Default.GOROOT, "src", dir, "*.go"))
		names = append(names, more...)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	for _, prune := range []bool{false, true} {
		record := func(events *[]string) func(ast.Node, bool) bool {
			return func(n ast.Node, push bool) bool {
				*events = append(*events, fmt.Sprintf("%T@%d:%v", n, n.Pos(), push))
				_, lit := n.(*ast.FuncLit)
				return !(prune && lit) // with prune, skip function literals' bodies
			}
		}
		var want, got []string
		inspector.New(files).Nodes(nil, record(&want))
		walkFiles(files, record(&got))
		if len(want) < 1000 {
			t.Fatalf("prune=%v: only %d events: the test reads too little", prune, len(want))
		}
		if !slices.Equal(got, want) {
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Errorf("prune=%v: walkFiles differs from inspector.Nodes at event %d of %d/%d", prune, i, len(got), len(want))
		}
	}
}
