package driver

import (
	"encoding/json"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtra checks that the findings of whole-program checks are printed
// in every format, sorted with the analyzer's, and fail the run.
func TestExtra(t *testing.T) {
	dir := module(t, "package a\n\nvar x = 1 + 1\n")
	catalog := filepath.Join(dir, "errcodes.md")
	extra := func([]any) []Extra {
		return []Extra{
			{Pos: token.Position{Filename: catalog, Line: 7, Column: 1}, Category: "unused", Message: "entry unused", Group: catalog},
			{Pos: token.Position{Filename: filepath.Join(dir, "a.go"), Line: 1, Column: 1}, Category: "early", Message: "before the sum", Group: "example.com/a"},
		}
	}
	code, _, stderr := runSums(t, dir, Options{Extra: extra})
	if code != ExitFindings {
		t.Errorf("exit status %d, want %d", code, ExitFindings)
	}
	want := "a.go:1:1: before the sum (early)\na.go:3:9: a sum (sum)\nerrcodes.md:7:1: entry unused (unused)\n"
	if stderr != want {
		t.Errorf("text:\n%s\nwant\n%s", stderr, want)
	}

	_, stdout, _ := runSums(t, dir, Options{Extra: extra, Format: JSON})
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
		t.Fatalf("json: %v\n%s", err, stdout)
	}
	pkg := tree["example.com/a"]["sums"]
	if len(pkg) != 2 || pkg[0].Message != "before the sum" || pkg[1].Message != "a sum" {
		t.Errorf("json package diagnostics, in order: %+v", pkg)
	}
	if cat := tree[catalog]["sums"]; len(cat) != 1 || cat[0].Posn != catalog+":7:1" {
		t.Errorf("json catalog diagnostics: %+v", cat)
	}

	for _, f := range []Format{SARIF, CodeClimate, Checkstyle} {
		_, stdout, _ := runSums(t, dir, Options{Extra: extra, Format: f})
		if !strings.Contains(stdout, "entry unused") || !strings.Contains(stdout, "errcodes.md") {
			t.Errorf("format %d lacks the catalog finding:\n%s", f, stdout)
		}
	}

	// Not called when a root failed: the whole program was not seen.
	broken := module(t, "package a\n\nvar x int = \"s\"\n")
	called := false
	runSums(t, broken, Options{Extra: func([]any) []Extra { called = true; return nil }})
	if called {
		t.Error("Extra called although the root package failed")
	}
}
