package driver

import (
	"strconv"
	"strings"
	"testing"
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
