package analyzer

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestUsageOff: without Unused or Inventory, a run records no uses (a
// normal run pays nothing for them) and the whole run reports nothing
// unused.
func TestUsageOff(t *testing.T) {
	t.Parallel()
	in, a := newInstance()
	pre := &Preloader{in}
	pre.WholeProgram()
	var results []any
	for _, r := range analysistest.Run(t, analysistest.TestData(), a, "checks/unused-code/...") {
		if res, ok := r.Result.(*Result); ok && res.usage != nil {
			t.Errorf("%s: uses recorded without Unused or Inventory", r.Pass.Pkg.Path())
		}
		results = append(results, r.Result)
	}
	if fs := pre.Findings(results); len(fs) > 0 {
		t.Errorf("findings without Unused: %v", fs)
	}
}
