package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPatternDir checks which patterns name a directory whose config is
// loaded before the packages: file-system patterns that exist.
func TestPatternDir(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, d := range []string{"a/b", "ab"} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	abs, _ := filepath.Abs("a")
	for _, c := range []struct {
		pattern, dir string
		ok           bool
	}{
		{".", ".", true},
		{"./...", "./", true},
		{"./a", "./a", true},
		{"./a/...", "./a/", true},
		{"./a...", ".", true}, // ./a and ./ab
		{"./a/b/../b", "./a/b/../b", true},
		{abs + "/...", abs + "/", true},
		{"./nosuch/...", "", false},
		{"example.com/x/...", "", false},
		{"fmt", "", false},
		{"a", "", false}, // an import path, not the directory a
	} {
		dir, ok := patternDir(c.pattern)
		if ok != c.ok || ok && dir != c.dir {
			t.Errorf("patternDir(%q) = %q, %v; want %q, %v", c.pattern, dir, ok, c.dir, c.ok)
		}
	}
}
