package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestEachCheck runs each check alone on its own testdata directory,
// testdata/src/checks/NAME, as testifylint tests its checkers: a check
// without cases fails, and the other checks' findings in a directory must
// not show (the selection switches them off).
func TestEachCheck(t *testing.T) {
	td := analysistest.TestData()
	for _, c := range analyzer.Checks() {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(td, "src", "checks", c.Name)
			if !hasWants(t, dir) {
				t.Fatalf("check %s has no cases: add Go files with // want comments under %s", c.Name, dir)
			}
			if analyzer.WholeOnlyChecks[c.Name] {
				// Findings at catalog lines, after a whole run.
				checkCatalogWants(t, dir, analyzer.RunWhole(t, td, c.Name, "checks/"+c.Name+"/..."))
				return
			}
			a := analyzer.New()
			if err := a.Flags.Set(analyzer.FlagChecks, c.Name); err != nil {
				t.Fatal(err)
			}
			analysistest.Run(t, td, a, "checks/"+c.Name+"/...")
		})
	}
}

// TestOneMistakeOneFinding runs every check on the namespace cases: a
// platform code symbol that the user namespace does not register is
// reported by the namespace check alone, not also as unknown-code.
func TestOneMistakeOneFinding(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "checks/namespace/...")
}

// hasWants reports whether a Go file under dir expects a diagnostic.
func hasWants(t *testing.T, dir string) bool {
	found := false
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, ".md") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err == nil && strings.Contains(string(data), "// want `") || strings.HasSuffix(path, ".md") && strings.Contains(string(data), "<!-- want ") {
			found = true
		}
		return nil
	})
	return found
}
