package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// fixable returns a file of n lines that each carry a fixable finding, and
// the file with every one fixed: the worst case of -diff (issue 9, point
// 14: the quadratic diff needed 4.8 GB for 12,000 such lines).
func fixable(n int) (before, after []byte) {
	var b, a strings.Builder
	b.WriteString("package p\n\nfunc f() {\n")
	a.WriteString("package p\n\nimport \"net/http\"\n\nfunc f() {\n")
	for i := range n {
		b.WriteString("\t_ = NewError(400, 40400003, \"" + strconv.Itoa(i) + "\")\n")
		a.WriteString("\t_ = NewError(http.StatusNotFound, 40400003, \"" + strconv.Itoa(i) + "\")\n")
	}
	b.WriteString("}\n")
	a.WriteString("}\n")
	return []byte(b.String()), []byte(a.String())
}

// BenchmarkUnified measures -diff's diff on n fixed lines, and the
// quadratic Myers diff it replaced on the sizes it can still do.
func BenchmarkUnified(b *testing.B) {
	for _, n := range []int{2000, 30000} {
		before, after := fixable(n)
		b.Run("udiff/lines="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if len(unified("a/p.go", "b/p.go", before, after)) == 0 {
					b.Fatal("no diff")
				}
			}
		})
		if n > 2000 {
			continue // the baseline would need tens of gigabytes
		}
		b.Run("quadratic/lines="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			bl, al := splitLines(before), splitLines(after)
			for b.Loop() {
				if len(diffLines(bl, al)) == 0 {
					b.Fatal("no diff")
				}
			}
		})
	}
}

// TestUnifiedLarge: the diff of 30,000 fixed lines is right (each line
// replaced once) and fast enough for a test.
func TestUnifiedLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("a large diff")
	}
	before, after := fixable(30000)
	d := string(unified("a/p.go", "b/p.go", before, after))
	if got := strings.Count(d, "\n-\t_ = NewError(400, 40400003,"); got != 30000 {
		t.Errorf("%d lines deleted, want 30000", got)
	}
	if got := strings.Count(d, "\n+\t_ = NewError(http.StatusNotFound, 40400003,"); got != 30000 {
		t.Errorf("%d lines added, want 30000", got)
	}
}

// BenchmarkDiffCommand runs -diff through Run, with the real analyzer, on
// a package whose one file has 30,000 fixable findings: loading, analysis,
// planning the fixes (no longer quadratic in the fixes of a file),
// formatting and the diff.
func BenchmarkDiffCommand(b *testing.B) {
	b.Setenv("GOWORK", "off")
	dir := b.TempDir()
	before, _ := fixable(30000)
	src := strings.Replace(string(before), "func f() {", "func NewError(httpCode, errorCode int, msg string) error { return nil }\n\nfunc f() {", 1)
	for name, content := range map[string]string{"go.mod": "module example.com/a\n\ngo 1.26\n", ".errcodecheck.yml": "heuristics: true\n", "a.go": src} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o666); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		var out, errs bytes.Buffer
		if code := Run(analyzer.New(), []string{"."}, Options{Dir: dir, Diff: true, Context: -1, Stdout: &out, Stderr: &errs}); code != ExitFindings {
			b.Fatalf("exit status %d:\n%s", code, errs.String())
		}
		if n := strings.Count(out.String(), "\n+\t_ = NewError(http.StatusNotFound,"); n != 30000 {
			b.Fatalf("%d lines fixed, want 30000", n)
		}
	}
}
