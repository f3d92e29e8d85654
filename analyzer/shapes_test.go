package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// The constructor shapes real code uses (issue 8, section 2), each in a
// world of its own under testdata/src/shapes, good and bad side by side.

// TestVariadicStatus: a variadic status parameter with default-status
// (config and directive), wrappers of it, success codes.
func TestVariadicStatus(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/apierr", "shapes/defaults")
}

// TestCompositeLiteralArgs: codes and messages inside map and struct
// literal arguments (config INDEX.KEY), json tags, success codes.
func TestCompositeLiteralArgs(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/gin", "shapes/handler")
}

// TestNestedConstruction: an outer call with the status, a code-only
// construction as its argument (config nested: true).
func TestNestedConstruction(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/httpx", "shapes/outer")
}

// TestLocalFlow: constants through locals assigned once, and through the
// results of functions whose every return is constant (in the package
// and, by fact, in another).
func TestLocalFlow(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/flow/codes", "shapes/flow/handler")
}

// TestMappers: a switch method, a map literal (both by config) and a
// function by directive that derive the status from the code; their cases
// and entries, and the default against code-only constructions of the
// linked type, in the package and in another.
func TestMappers(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/mapper", "shapes/mapper/use")
}

// TestFixedCode: constructors that fix the code (config fixed-code and
// directive code=NNN): status and message are checked against that code's
// entry, in the package and through facts.
func TestFixedCode(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/fixed/xerr", "shapes/fixed/logic")
}
