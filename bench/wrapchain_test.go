package bench_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// BenchmarkWrapperChain analyzes one package holding a chain of n
// wrappers (W(n-1) calls ... W1 calls W0 calls New), declared last first:
// wrapper inference must resolve the whole chain. Linear inference makes
// ns/wrapper flat in n; the round-based inference it replaced was
// quadratic (one link per round over every forwarding construction).
func BenchmarkWrapperChain(b *testing.B) {
	for _, n := range []int{2000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			var src strings.Builder
			src.WriteString("package chain\n\n//errcodecheck:constructor status=status code=code\nfunc New(status, code int) error { return nil }\n\n")
			fmt.Fprintf(&src, "func Use() error { return W%d(40100001) }\n\n", n-1)
			for i := n - 1; i > 0; i-- {
				fmt.Fprintf(&src, "func W%d(code int) error { return W%d(code) }\n", i, i-1)
			}
			src.WriteString("func W0(code int) error { return New(400, code) }\n")
			for name, data := range map[string]string{"go.mod": "module chain\n\ngo 1.22\n", "chain.go": src.String()} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					b.Fatal(err)
				}
			}
			roots, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, ".")
			if err != nil {
				b.Fatal(err)
			}
			if packages.PrintErrors(roots) > 0 {
				b.Fatal("the chain does not load")
			}
			b.ReportAllocs()
			for b.Loop() {
				g, err := checker.Analyze([]*analysis.Analyzer{analyzer.New()}, roots, nil)
				if err != nil {
					b.Fatal(err)
				}
				// The whole chain resolved: the call at its end is checked.
				if act := g.Roots[0]; act.Err != nil || len(act.Diagnostics) != 1 {
					b.Fatalf("want the one status diagnostic at the end of the chain, got %v (error %v)", act.Diagnostics, act.Err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/wrapper")
		})
	}
}
