package analyzer_test

import (
	"strings"
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
		"fixes/withimport", "fixes/noimport", "fixes/single", "fixes/shadowed", "fixes/message", "fixes/oneimport",
		"fixes/blockcomment", "fixes/oneline", "fixes/unusedhttp")
}

func TestIgnoreDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "ignore")
}

func TestGeneratedFilesSkipped(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "generated")
}

func TestDoc(t *testing.T) {
	a := analyzer.New()
	title, rest, _ := strings.Cut(a.Doc, "\n")
	if len(title) >= 60 || title[:1] != strings.ToLower(title[:1]) || strings.HasSuffix(title, ".") {
		t.Errorf("Doc title %q: want a lowercase start, under 60 characters, no period", title)
	}
	if a.Name != "errcodecheck" || a.URL == "" {
		t.Errorf("Name %q, URL %q", a.Name, a.URL)
	}
	for _, cat := range []string{analyzer.CategoryUnknownCode, analyzer.CategoryStatusMismatch,
		analyzer.CategoryNamespace, analyzer.CategoryMessageMismatch, analyzer.CategorySymbolMismatch,
		analyzer.CategoryStatusConflict, analyzer.CategoryUnusedCode, analyzer.CategoryDirective} {
		c, ok := analyzer.CheckByName(cat)
		if !ok || c.Title == "" || c.Help == "" || c.Bad == "" || c.Good == "" {
			t.Errorf("check %s is not documented: %+v", cat, c)
		}
		if !strings.Contains(rest, "\n"+cat+": "+c.Title) {
			t.Errorf("Doc does not describe %s", cat)
		}
	}
	if len(analyzer.Checks()) != 8 {
		t.Errorf("%d checks documented, want 8", len(analyzer.Checks()))
	}
	for _, f := range []string{analyzer.FlagConfig, analyzer.FlagHeuristics, analyzer.FlagGenerated} {
		if a.Flags.Lookup(f) == nil {
			t.Errorf("flag -%s missing", f)
		}
	}
}
