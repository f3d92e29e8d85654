package driver

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestPanicIsAFailure: an analyzer that panics on a package makes the run
// fail with a message naming the package, not crash the command.
func TestPanicIsAFailure(t *testing.T) {
	boom := &analysis.Analyzer{Name: "boom", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	dir := module(t, "package a\n")
	var out, errs bytes.Buffer
	code := Run(boom, []string{"."}, Options{Dir: dir, Context: -1, Stdout: &out, Stderr: &errs})
	if code != ExitFailure || !strings.Contains(errs.String(), "boom: example.com/a: internal error: the analyzer panicked: boom") {
		t.Errorf("exit status %d, stderr:\n%s", code, errs.String())
	}
}
