package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// writeChain writes package chain into dir/src/chain: a directive
// constructor New and n wrappers W0..W(n-1), each forwarding its code to
// the one before, declared last first (so that no single pass over the
// declarations can resolve the chain), then a call of the last wrapper
// with a status that does not fit its code.
func writeChain(t testing.TB, dir string, n int) {
	var b strings.Builder
	b.WriteString("package chain // want package:\"constructs\"\n\n")
	b.WriteString("//errcodecheck:constructor status=status code=code message=msg\n")
	b.WriteString("func New(status, code int, msg string) error { return nil } // want New:\"constructor\\\\(status=arg0 code=arg1 message=arg2\\\\)\"\n\n")
	fmt.Fprintf(&b, "func Use() error { return W%d(40100001) } // want \"error code 40100001 \\\\(registered with 401\\\\) used with W%d, which fixes status 400\"\n\n", n-1, n-1)
	for i := n - 1; i > 0; i-- {
		fmt.Fprintf(&b, "func W%d(code int) error { return W%d(code) } // want W%d:\"wrapper\\\\(status=400 code=arg0\\\\)\"\n", i, i-1, i)
	}
	b.WriteString("func W0(code int) error { return New(400, code, \"bad request\") } // want W0:\"wrapper\\\\(status=400 code=arg0\\\\)\"\n")
	pkg := filepath.Join(dir, "src", "chain")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "chain.go"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestWrapperChain: "is a constructor" propagates over caller edges once,
// so a chain of 10,000 wrappers in one package is inferred whole, every
// link with its fixed status, and quickly. Round-based inference found one
// link per round, re-running every forwarding construction each time
// (about 270 s for this chain); the bound is generous for a loaded
// machine and still fails that by two orders of magnitude.
func TestWrapperChain(t *testing.T) {
	dir := t.TempDir()
	writeChain(t, dir, 10000)
	start := time.Now()
	analysistest.Run(t, dir, analyzer.New(), "chain")
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("a chain of 10,000 wrappers took %v to analyze (load included); want well under 20s", d)
	}
}
