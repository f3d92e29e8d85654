package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

func TestHeuristics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "heuristic")
}

func TestShop(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(),
		"shop/apierr", "shop/web", "shop/user/errs", "shop/user/handler", "shop/platform/cluster")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.New(),
		"fixes/withimport", "fixes/noimport", "fixes/single", "fixes/shadowed", "fixes/message", "fixes/oneimport")
}

func TestIgnoreDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "ignore")
}

func TestGeneratedFilesSkipped(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "generated")
}
