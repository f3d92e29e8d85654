package analyzer_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

var updateREADME = flag.Bool("update", false, "rewrite the README's check sections from the checks' records")

// TestREADMEChecks checks that the README's check sections are the
// checks' records rendered (go test -run TestREADMEChecks -update
// rewrites them), so that the README, -explain, -help and SARIF say the
// same.
func TestREADMEChecks(t *testing.T) {
	const (
		file  = "../README.md"
		begin = "<!-- checks:begin: generated from analyzer/checkdoc.go by go test ./analyzer -run TestREADMEChecks -update -->\n"
		end   = "<!-- checks:end -->\n"
	)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("%s: no %q ... %q block", file, begin, end)
	}
	var b strings.Builder
	for k, c := range analyzer.Checks() {
		if k > 0 {
			b.WriteString("\n")
		}
		b.WriteString(c.Markdown())
	}
	got, want := s[i+len(begin):j], b.String()
	if got == want {
		return
	}
	if *updateREADME {
		if err := os.WriteFile(file, []byte(s[:i+len(begin)]+want+s[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s: the check sections differ from the checks' records; run go test ./analyzer -run TestREADMEChecks -update", file)
}
