package driver

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	lines := func(ls ...string) []byte { return []byte(strings.Join(ls, "\n") + "\n") }
	ten := lines("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")
	cases := []struct {
		name     string
		old, new []byte
		want     string
	}{
		{"equal", ten, ten, ""},
		{"change", ten, lines("1", "2", "3", "4", "five", "6", "7", "8", "9", "10"), `--- a/f.go
+++ b/f.go
@@ -2,7 +2,7 @@
 2
 3
 4
-5
+five
 6
 7
 8
`},
		{"insert at top", ten, lines("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), `--- a/f.go
+++ b/f.go
@@ -1,3 +1,4 @@
+0
 1
 2
 3
`},
		{"two hunks", ten, lines("one", "2", "3", "4", "5", "6", "7", "8", "9", "ten"), `--- a/f.go
+++ b/f.go
@@ -1,4 +1,4 @@
-1
+one
 2
 3
 4
@@ -7,4 +7,4 @@
 7
 8
 9
-10
+ten
`},
		{"joined hunks", ten, lines("1", "two", "3", "4", "5", "6", "7", "eight", "9", "10"), `--- a/f.go
+++ b/f.go
@@ -1,10 +1,10 @@
 1
-2
+two
 3
 4
 5
 6
 7
-8
+eight
 9
 10
`},
		{"no final newline", []byte("a\nb"), []byte("a\nc"), `--- a/f.go
+++ b/f.go
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+c
\ No newline at end of file
`},
		// GNU diff, like go-udiff, leaves out a count of 1.
		{"from empty", nil, []byte("a\n"), `--- a/f.go
+++ b/f.go
@@ -0,0 +1 @@
+a
`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(unified("a/f.go", "b/f.go", c.old, c.new)); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// TestUnifiedRandom checks on random files that the diff, applied, turns
// old into new.
func TestUnifiedRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	gen := func() []string {
		n := rng.IntN(30)
		ls := make([]string, n)
		for i := range ls {
			ls[i] = strconv.Itoa(rng.IntN(5)) + "\n"
		}
		return ls
	}
	for i := 0; i < 500; i++ {
		a, b := gen(), gen()
		before, after := []byte(strings.Join(a, "")), []byte(strings.Join(b, ""))
		d := string(unified("a", "b", before, after))
		got, err := patch(a, d)
		if err != nil {
			t.Fatalf("%v\n%s", err, d)
		}
		if got != string(after) {
			t.Fatalf("patch gives %q, want %q\n%s", got, after, d)
		}
	}
}

// patch applies a unified diff made by unified to the lines a.
func patch(a []string, diff string) (string, error) {
	if diff == "" {
		return strings.Join(a, ""), nil
	}
	ls := strings.SplitAfter(diff, "\n")
	var out strings.Builder
	next := 0 // next line of a to copy
	for i := 2; i < len(ls) && ls[i] != ""; i++ {
		l := ls[i]
		if strings.HasPrefix(l, "@@") {
			as, al, err := hunkStart(l)
			if err != nil {
				return "", err
			}
			start := as - 1
			if al == 0 {
				start = as
			}
			for ; next < start; next++ {
				out.WriteString(a[next])
			}
			continue
		}
		text := l[1:]
		if i+1 < len(ls) && strings.HasPrefix(ls[i+1], `\ No newline`) {
			text = strings.TrimSuffix(text, "\n")
			i++
		}
		switch l[0] {
		case ' ':
			if a[next] != text {
				return "", fmt.Errorf("context %q, file has %q", text, a[next])
			}
			out.WriteString(text)
			next++
		case '-':
			if a[next] != text {
				return "", fmt.Errorf("deleting %q, file has %q", text, a[next])
			}
			next++
		case '+':
			out.WriteString(text)
		default:
			return "", fmt.Errorf("bad line %q", l)
		}
	}
	for ; next < len(a); next++ {
		out.WriteString(a[next])
	}
	return out.String(), nil
}

// hunkStart returns the old side's start line and length of a hunk
// header, "@@ -3,2 +3,4 @@" or, for one line, "@@ -3 +3,2 @@".
func hunkStart(l string) (start, n int, err error) {
	old, _, _ := strings.Cut(strings.TrimPrefix(l, "@@ -"), " ")
	s, c, ok := strings.Cut(old, ",")
	if start, err = strconv.Atoi(s); err != nil {
		return 0, 0, fmt.Errorf("bad hunk header %q", l)
	}
	n = 1
	if ok {
		if n, err = strconv.Atoi(c); err != nil {
			return 0, 0, fmt.Errorf("bad hunk header %q", l)
		}
	}
	return start, n, nil
}
