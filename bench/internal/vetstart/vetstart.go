// Package vetstart measures what errcodecheck adds to the start of each
// package under go vet -vettool, where every package is analyzed by a
// fresh process: parsing the embedded catalog (once per process), finding
// and decoding .errcodecheck.yml, and building the lookups, on top of the
// analysis of a trivial package.
//
// It runs the analyzer in-process on a hand-built pass over a one-file
// package, with a fresh analyzer each time and the catalog parse a new
// process would do, against the no-op analyzer on the same pass.
package vetstart

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/bench/gen"
	"github.com/errcodecheck/errcodecheck/bench/internal/noop"
	"github.com/errcodecheck/errcodecheck/catalog"
)

// trivialSrc is the package analyzed: no constructions, like most packages
// of a real module.
const trivialSrc = `// Package p is trivial.
package p

// Sum adds.
func Sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
`

// Package is a type-checked trivial package below a directory holding the
// generated corpus's .errcodecheck.yml, in the corpus's platform namespace.
type Package struct {
	fset  *token.FileSet
	files []*ast.File
	pkg   *types.Package
	info  *types.Info
}

// NewPackage writes the package and the config below dir and type-checks it.
func NewPackage(dir string) (*Package, error) {
	pdir := filepath.Join(dir, "platform", "p")
	if err := os.MkdirAll(pdir, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, analyzer.ConfigFileName), gen.ConfigYAML(), 0o644); err != nil {
		return nil, err
	}
	file := filepath.Join(pdir, "p.go")
	if err := os.WriteFile(file, []byte(trivialSrc), 0o644); err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, trivialSrc, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes:     map[ast.Node]*types.Scope{},
		Implicits:  map[ast.Node]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
	}
	pkg, err := (&types.Config{}).Check(gen.Module+"/platform/p", fset, []*ast.File{f}, info)
	if err != nil {
		return nil, err
	}
	return &Package{fset: fset, files: []*ast.File{f}, pkg: pkg, info: info}, nil
}

// Run runs a (with the inspect pass it requires) on the package, as a
// driver would, and returns its diagnostics.
func (p *Package) Run(a *analysis.Analyzer) ([]analysis.Diagnostic, error) {
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:          a,
		Fset:              p.fset,
		Files:             p.files,
		Pkg:               p.pkg,
		TypesInfo:         p.info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		Module:            &analysis.Module{Path: gen.Module, GoVersion: "1.26"},
		ResultOf:          map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.files)},
		Report:            func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile:          os.ReadFile,
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	_, err := a.Run(pass)
	return diags, err
}

// Start does what a fresh vet process does for errcodecheck on one
// package: parse the embedded catalog, build the analyzer, run it.
func (p *Package) Start() error {
	if _, ps := catalog.Parse(catalog.DefaultFile, catalog.DefaultDocument(), catalog.Overrides{}); ps.Err() != nil {
		return ps.Err()
	}
	_, err := p.Run(analyzer.New())
	return err
}

// ColdStart times, in a fresh process, the first run of the no-op analyzer
// and then the first run of errcodecheck on the package: errcodecheck's
// includes everything it does first in a process (the embedded catalog
// parsed by catalog.Default, the config found and decoded, lookups built),
// cold caches and all; code both share was warmed by the no-op run. It
// measures something only once per process.
func (p *Package) ColdStart() (noopTime, errcodecheck time.Duration, err error) {
	t := time.Now()
	if _, err := p.Run(noop.New(false)); err != nil {
		return 0, 0, err
	}
	noopTime = time.Since(t)
	t = time.Now()
	if _, err := p.Run(analyzer.New()); err != nil {
		return 0, 0, err
	}
	return noopTime, time.Since(t), nil
}

// StartNoop does the same with the no-op analyzer.
func (p *Package) StartNoop() error {
	_, err := p.Run(noop.New(false))
	return err
}

// Result is the median time of each start and their difference.
type Result struct {
	Errcodecheck, Noop, Added time.Duration
	N                         int
}

// Measure times n interleaved starts of each.
func (p *Package) Measure(n int) (Result, error) {
	var e, z []time.Duration
	for range n {
		t := time.Now()
		if err := p.Start(); err != nil {
			return Result{}, err
		}
		e = append(e, time.Since(t))
		t = time.Now()
		if err := p.StartNoop(); err != nil {
			return Result{}, err
		}
		z = append(z, time.Since(t))
	}
	r := Result{Errcodecheck: median(e), Noop: median(z), N: n}
	r.Added = r.Errcodecheck - r.Noop
	return r, nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
