// Package noop holds the benchmark's floor: an analyzer that requires the
// inspect pass and visits every call expression, doing nothing else. Every
// analyzer that inspects calls pays at least this.
package noop

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// New returns the no-op analyzer. With facts, it also declares a fact type
// (and exports no fact), so that drivers run it on every dependency, as
// they run errcodecheck and printf: the floor of fact-using analyzers.
func New(facts bool) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     "noop",
		Doc:      "visit every call expression and do nothing",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      run,
	}
	if facts {
		a.Name = "noopfacts"
		a.FactTypes = []analysis.Fact{new(unused)}
	}
	return a
}

func run(pass *analysis.Pass) (any, error) {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	calls := 0
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(ast.Node) { calls++ })
	_ = calls
	return nil, nil
}

// Bare returns the floor of any analyzer with facts: it declares one fact
// type (never exported), requires nothing and does nothing. Its fact type
// alone makes a driver load every dependency from source and run it there.
func Bare() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      "factsfloor",
		Doc:       "declare one fact type and do nothing",
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
		FactTypes: []analysis.Fact{new(unused)},
	}
}

// unused is a fact type that is never exported.
type unused struct{}

func (*unused) AFact() {}
