package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestGFMCatalog runs the analyzer on a world whose catalog is a table as
// GitHub renders it (bold, code-span and HTML headers, inline HTML in
// cells, <br>, \| and an unescaped pipe in a code span that adds a cell,
// Chinese aliases, an identifier column): the codes, statuses and names it
// holds are the ones checked.
func TestGFMCatalog(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "gfm/api")
}
