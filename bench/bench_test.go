package bench_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/bench/gen"
	"github.com/errcodecheck/errcodecheck/bench/internal/drive"
	"github.com/errcodecheck/errcodecheck/bench/internal/vetstart"
	"github.com/errcodecheck/errcodecheck/catalog"
)

// BenchmarkCatalogParseDefault parses the embedded catalog, as the first
// catalog.Default() of every process (every package under go vet) does.
func BenchmarkCatalogParseDefault(b *testing.B) {
	doc := catalog.DefaultDocument()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ps := catalog.Parse(catalog.DefaultFile, doc, catalog.Overrides{}); ps.Err() != nil {
			b.Fatal(ps.Err())
		}
	}
}

// BenchmarkConfigParse decodes and validates the generated corpus's
// .errcodecheck.yml (namespaces and three constructors).
func BenchmarkConfigParse(b *testing.B) {
	data := gen.ConfigYAML()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := analyzer.ParseConfig("/corpus/"+analyzer.ConfigFileName, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConfigLoad reads the config from disk, as each vet process does.
func BenchmarkConfigLoad(b *testing.B) {
	path := filepath.Join(b.TempDir(), analyzer.ConfigFileName)
	if err := os.WriteFile(path, gen.ConfigYAML(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := analyzer.LoadConfig(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVetStart is the per-package start under go vet -vettool: a
// fresh process parses the catalog, then a fresh analyzer finds and loads
// the config and analyzes a trivial package. noop is the no-op analyzer on
// the same pass; the difference is what errcodecheck adds to each package.
func BenchmarkVetStart(b *testing.B) {
	p, err := vetstart.NewPackage(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Run("errcodecheck", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := p.Start(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("noop", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := p.StartNoop(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkAnalyze runs each analyzer with checker.Analyze over a small
// generated module (loaded once): the analysis alone, without load and
// type-check. Every analyzer but noop runs on the standard library
// dependencies too; errcodecheck minus noopfacts, divided by the
// constructions, is the cost of checking one construction.
func BenchmarkAnalyze(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "corpus")
	m, err := gen.Generate(dir, gen.Options{Packages: 12, Constructions: 4000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	roots, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(roots) > 0 {
		b.Fatal("the corpus does not load")
	}
	for _, name := range drive.Names {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a, _ := drive.Analyzer(name)
				g, err := checker.Analyze([]*analysis.Analyzer{a}, roots, nil)
				if err != nil {
					b.Fatal(err)
				}
				for _, act := range g.Roots {
					if act.Err != nil {
						b.Fatal(act.Err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(m.ConstructionsTotal), "ns/construction")
		})
	}
}

// BenchmarkAnalyzeCorpus is BenchmarkAnalyze on the full generated corpus
// that bench/cmd.sh measures (500 packages, 100,000 constructions, tests
// loaded as the command loads them): the analysis the command adds to
// the floor, without the noise of loading. Generating and loading the
// corpus takes about 15 s before the first iteration.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "corpus")
	if _, err := gen.Generate(dir, gen.Options{Packages: 500, Constructions: 100000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	roots, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: true}, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(roots) > 0 {
		b.Fatal("the corpus does not load")
	}
	for _, name := range []string{"factsfloor", "errcodecheck"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				a, _ := drive.Analyzer(name)
				if _, err := checker.Analyze([]*analysis.Analyzer{a}, roots, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
