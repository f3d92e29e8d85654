package analyzer

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// WholeOnlyChecks are the checks that report only in a whole run, through
// Findings: TestEachCheck runs them with RunWhole.
var WholeOnlyChecks = map[string]bool{CategoryUnusedCode: true}

// RunWhole runs a fresh analyzer on patterns with analysistest, as the
// standalone command's whole run with -unused does, with -checks checks
// (if not ""), and returns the whole-program findings. The packages'
// own diagnostics and facts are checked against their // want comments.
func RunWhole(t *testing.T, dir, checks string, patterns ...string) []Finding {
	t.Helper()
	in, a := newInstance()
	if checks != "" {
		if err := a.Flags.Set(FlagChecks, checks); err != nil {
			t.Fatal(err)
		}
	}
	pre := &Preloader{in}
	pre.WholeProgram()
	pre.Unused()
	var results []any
	for _, r := range analysistest.Run(t, dir, a, patterns...) {
		results = append(results, r.Result)
	}
	return pre.Findings(results)
}
