package driver

import (
	"maps"
	"path/filepath"
	"slices"
	"testing"
)

// TestParseDiff reads the new side of the hunks of a -U0 diff: counts
// omitted (one line) or zero (a deletion), quoted names, deleted files.
func TestParseDiff(t *testing.T) {
	const diff = `diff --git a/a.go b/a.go
index 1..2 100644
--- a/a.go
+++ b/a.go
@@ -3 +3 @@ func f() {
-	old
+	new
@@ -10,0 +11,2 @@
+x
+y
@@ -20,3 +21,0 @@
-gone
diff --git "a/sp ace\303\251.go" "b/sp ace\303\251.go"
--- "a/sp ace\303\251.go"
+++ "b/sp ace\303\251.go"
@@ -1,0 +2 @@
+z
diff --git a/del.go b/del.go
--- a/del.go
+++ /dev/null
@@ -1,2 +0,0 @@
-a
-b
`
	c := &changedLines{files: map[string]map[int]bool{}}
	if err := c.parseDiff([]byte(diff)); err != nil {
		t.Fatal(err)
	}
	got := map[string][]int{}
	for f, lines := range c.files {
		got[f] = slices.Sorted(maps.Keys(lines))
	}
	want := map[string][]int{"a.go": {3, 11, 12}, "sp aceé.go": {2}}
	if len(got) != len(want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	for f, lines := range want {
		if !slices.Equal(got[f], lines) {
			t.Errorf("%s: lines %v, want %v", f, got[f], lines)
		}
	}
	if err := c.parseDiff([]byte("+++ b/x.go\n@@ -1 +x @@\n")); err == nil {
		t.Error("a bad hunk header is not an error")
	}
}

func TestSemanticVersion(t *testing.T) {
	for v, want := range map[string]string{
		"v1.2.3":                             "1.2.3",
		"v0.0.0-20261201225500-abcdef123456": "0.0.0-20261201225500-abcdef123456",
		"v1.2.4-0.20261201225500-abcdef123456+dirty": "1.2.4-0.20261201225500-abcdef123456+dirty",
		"devel":   "0.0.0-devel",
		"(devel)": "0.0.0-devel",
		"":        "0.0.0-devel",
	} {
		if got := semanticVersion(v); got != want {
			t.Errorf("semanticVersion(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestChangedLinesHas: changed and untracked lines are new, others not; a
// file outside the repository is kept and said to be outside, never
// dropped unseen.
func TestChangedLinesHas(t *testing.T) {
	root := t.TempDir()
	c := &changedLines{root: root, files: map[string]map[int]bool{
		"a.go":     {3: true},
		"new/b.go": nil, // untracked
	}}
	for _, tc := range []struct {
		file           string
		line           int
		isNew, outside bool
	}{
		{filepath.Join(root, "a.go"), 3, true, false},
		{filepath.Join(root, "a.go"), 4, false, false},
		{filepath.Join(root, "new", "b.go"), 99, true, false},
		{filepath.Join(root, "old.go"), 1, false, false},
		{filepath.Join(filepath.Dir(root), "elsewhere.go"), 1, true, true},
	} {
		isNew, outside := c.has(tc.file, tc.line)
		if isNew != tc.isNew || outside != tc.outside {
			t.Errorf("has(%s, %d) = %v, %v; want %v, %v", tc.file, tc.line, isNew, outside, tc.isNew, tc.outside)
		}
	}
}
