package driver

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// backwards reports each basic literal twice, under categories "b" and
// "a", walking the file from its end: the order of the reports is not the
// order of the output.
var backwards = &analysis.Analyzer{
	Name: "backwards",
	Doc:  "report literals from the end",
	Run: func(pass *analysis.Pass) (any, error) {
		var lits []*ast.BasicLit
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if l, ok := n.(*ast.BasicLit); ok {
					lits = append(lits, l)
				}
				return true
			})
		}
		slices.Reverse(lits)
		for _, l := range lits {
			for _, c := range []string{"b", "a"} {
				pass.Report(analysis.Diagnostic{Pos: l.Pos(), End: l.End(), Category: c, Message: c + " literal " + l.Value})
			}
		}
		return nil, nil
	},
}

// TestOrder (issue 9, point 18): text, JSON and SARIF list findings by
// file, line, column, category and message, whatever order they were
// reported in.
func TestOrder(t *testing.T) {
	dir := module(t, "package a\n\nconst x, y = 1, 2\n\nconst z = 3\n")
	want := []string{"a literal 1", "b literal 1", "a literal 2", "b literal 2", "a literal 3", "b literal 3"}

	var out, errs bytes.Buffer
	Run(backwards, []string{"."}, Options{Dir: dir, Context: -1, Stdout: &out, Stderr: &errs})
	var text []string
	for _, l := range strings.Split(strings.TrimSpace(errs.String()), "\n") {
		_, msg, _ := strings.Cut(l, ": ")
		msg, _, _ = strings.Cut(msg, " (") // the check's name
		text = append(text, msg)
	}
	if !slices.Equal(text, want) {
		t.Errorf("text order: %q", text)
	}

	out.Reset()
	Run(backwards, []string{"."}, Options{Dir: dir, Format: JSON, Context: -1, Stdout: &out, Stderr: &errs})
	var tree map[string]map[string][]struct{ Message string }
	if err := json.Unmarshal(out.Bytes(), &tree); err != nil {
		t.Fatal(err)
	}
	var js []string
	for _, d := range tree["example.com/a"]["backwards"] {
		js = append(js, d.Message)
	}
	if !slices.Equal(js, want) {
		t.Errorf("JSON order: %q", js)
	}

	out.Reset()
	Run(backwards, []string{"."}, Options{Dir: dir, Format: SARIF, Context: -1, Stdout: &out, Stderr: &errs})
	var log struct {
		Runs []struct {
			Results []struct{ Message struct{ Text string } }
		}
	}
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	var sa []string
	for _, r := range log.Runs[0].Results {
		sa = append(sa, r.Message.Text)
	}
	if !slices.Equal(sa, want) {
		t.Errorf("SARIF order: %q", sa)
	}
}
