package analyzer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// copyWorld copies testdata/zeroconf/name to a temporary directory, where
// no .errcodecheck.yml above it can stand in for the one it lacks.
func copyWorld(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "zeroconf", name))); err != nil {
		t.Fatal(err)
	}
	if p := analyzer.FindConfig(dir); p != "" {
		t.Skipf("%s above the temporary directory would govern the test", p)
	}
	return dir
}

// TestZeroConfigFallback checks a foreign module with neither a config
// nor a catalog: the embedded catalog reports only the codes it
// registers, so the module's own codes (6 digits, 8 digits of another
// scheme) yield nothing.
func TestZeroConfigFallback(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, copyWorld(t, "fallback"), analyzer.New(), "./...")
}

// TestZeroConfigDiscovered checks that a module with no config is
// checked against its own catalog: ErrorCode.md at the module root, which
// wins over docs/errcodes.md, in full (unknown codes are reported).
func TestZeroConfigDiscovered(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, copyWorld(t, "discovered"), analyzer.New(), "./...")
}

func touch(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFindCatalog checks the order and the case handling of the search
// for a module's own catalog.
func TestFindCatalog(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		files []string
		want  string // "" for none
	}{
		{"none", []string{"README.md", "docs/api.md"}, ""},
		{"root", []string{"errcodes.md"}, "errcodes.md"},
		{"docs", []string{"docs/error_codes.md"}, "docs/error_codes.md"},
		{"root before docs", []string{"docs/ErrorCode.md", "error_codes.md"}, "error_codes.md"},
		{"names in order", []string{"错误码.md", "error_codes.md", "errcodes.md"}, "errcodes.md"},
		{"first name first", []string{"errcodes.md", "ErrorCode.md"}, "ErrorCode.md"},
		{"chinese", []string{"docs/错误码.md"}, "docs/错误码.md"},
		{"case ignored", []string{"ERRCODES.MD"}, "ERRCODES.MD"},
		{"case ignored in docs", []string{"docs/Error_Codes.md"}, "docs/Error_Codes.md"},
		{"exact spelling wins", []string{"ERRORCODE.md", "ErrorCode.md", "errorcode.md"}, "ErrorCode.md"},
		{"else byte order", []string{"errorcode.md", "ERRORCODE.md"}, "ERRORCODE.md"},
		{"directories are not catalogs", []string{"errcodes.md/", "docs/errcodes.md"}, "docs/errcodes.md"},
		{"other directories are not searched", []string{"doc/errcodes.md", "api/docs/errcodes.md"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			touch(t, root, c.files...)
			got := analyzer.FindCatalog(root)
			want := ""
			if c.want != "" {
				want = filepath.Join(root, filepath.FromSlash(c.want))
			}
			if got != want {
				t.Errorf("FindCatalog with %q = %q, want %q", c.files, got, want)
			}
		})
	}
}

// TestFindUp checks the one upward search: a name or a relative path,
// from a directory that need not exist, to the file system root.
func TestFindUp(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	touch(t, root, "go.mod", "a/ci/lint.yml", "a/b/c/", "a/b/go.mod/")
	deep := filepath.Join(root, "a", "b", "c", "missing")
	if got, want := analyzer.FindUp(deep, "ci/lint.yml"), filepath.Join(root, "a", "ci", "lint.yml"); got != want {
		t.Errorf("FindUp(ci/lint.yml) = %q, want %q", got, want)
	}
	// A directory named go.mod is not a module's go.mod.
	if got := analyzer.FindModuleRoot(deep); got != root {
		t.Errorf("FindModuleRoot = %q, want %q", got, root)
	}
	if got := analyzer.FindUp(deep, "no-such-file-anywhere.yml"); got != "" {
		t.Errorf("FindUp found %q", got)
	}
}

// TestPreload checks what the command learns before loading packages:
// the source of each directory's configuration, and a bad config's error.
func TestPreload(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	touch(t, root, "plain/go.mod", "own/go.mod", "own/sub/", "conf/go.mod", "conf/errcodes.md")
	writeConfig := func(dir, content string) string {
		p := filepath.Join(root, dir, analyzer.ConfigFileName)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	catalog := "<!-- errcodecheck:rules digits=6 prefix=off -->\n\n| Code | HTTP | Name |\n|--|--|--|\n| 410108 | 404 | user not found |\n"
	if err := os.WriteFile(filepath.Join(root, "own", "ErrorCode.md"), []byte(catalog), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := writeConfig("conf", "heuristics: true\n")
	if analyzer.FindConfig(root) != "" {
		t.Skip("a config above the temporary directory would govern the test")
	}

	_, pre := analyzer.NewPreloaded()
	srcs, err := pre.Preload(filepath.Join(root, "plain"), filepath.Join(root, "own", "sub"), filepath.Join(root, "own"), filepath.Join(root, "conf"))
	if err != nil {
		t.Fatal(err)
	}
	want := []analyzer.Source{
		{ModuleRoot: filepath.Join(root, "plain")},
		{Catalog: filepath.Join(root, "own", "ErrorCode.md"), ModuleRoot: filepath.Join(root, "own")},
		{Config: cfg},
	}
	if !slices.Equal(srcs, want) {
		t.Errorf("Preload = %+v, want %+v", srcs, want)
	}
	if !srcs[0].Fallback() || srcs[1].Fallback() || srcs[2].Fallback() {
		t.Errorf("Fallback wrong in %+v", srcs)
	}

	writeConfig("plain", "constructors:\n  - func: example.com/x.New\n")
	_, pre = analyzer.NewPreloaded()
	_, err = pre.Preload(filepath.Join(root, "plain"))
	if err == nil || !strings.Contains(err.Error(), ".errcodecheck.yml:2: constructors[0]: code is required") {
		t.Errorf("Preload with a bad config: %v", err)
	}

	// A discovered catalog that does not load fails too, naming its line.
	if err := os.WriteFile(filepath.Join(root, "own", "ErrorCode.md"), []byte(catalog+"| 41010 | 404 | short |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, pre = analyzer.NewPreloaded()
	if _, err = pre.Preload(filepath.Join(root, "own")); err == nil || !strings.Contains(err.Error(), "ErrorCode.md:6:") {
		t.Errorf("Preload with a bad discovered catalog: %v", err)
	}
}
