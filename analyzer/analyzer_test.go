package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

func TestHeuristics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "heuristic")
}
