package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestSymbolMismatchFixes applies symbol-mismatch's suggested fixes: a
// literal value becomes the identifier's code (golden files).
func TestSymbolMismatchFixes(t *testing.T) {
	t.Parallel()
	a := analyzer.New()
	if err := a.Flags.Set(analyzer.FlagChecks, analyzer.CategorySymbolMismatch); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "checks/symbol-mismatch/codes")
}
