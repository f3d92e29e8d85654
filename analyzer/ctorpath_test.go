package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// writeFiles writes files (path -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestConstructorPackageInModule: a configured constructor whose package
// path lies inside the config's module but names no package (a typo:
// apierrs for apierr) was silently ignored, since constructors are
// resolved only where a package or its direct imports declare them. The
// config is refused when it is loaded, naming the file, line and key.
func TestConstructorPackageInModule(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":           "module example.com/shop\n\ngo 1.22\n",
		"apierr/apierr.go": "package apierr\n\nfunc New(status, code int) error { return nil }\n",
		"docs/README.md":   "not Go\n",
		"sub/.errcodecheck.yml": "constructors:\n" +
			"  - func: example.com/shop/apierr.New\n    status: 0\n    code: 1\n" +
			"  - func: example.com/shop/apierrs.New\n    status: 0\n    code: 1\n" +
			"  - type: example.com/shop/docs.Error\n    code: Code\n" +
			"  - func: \"(*example.com/shop.Ctx).Fail\"\n    code: 0\n" +
			"  - func: github.com/other/errs.New\n    code: 0\n",
	})
	_, err := analyzer.LoadConfig(filepath.Join(dir, "sub", analyzer.ConfigFileName))
	if err == nil {
		t.Fatal("config with a misspelled constructor package accepted")
	}
	got := err.Error()
	for _, want := range []string{
		`.errcodecheck.yml:5: constructors[1].func: package example.com/shop/apierrs is not in module example.com/shop: no directory ` + filepath.Join(dir, "apierrs"),
		`.errcodecheck.yml:8: constructors[2].type: package example.com/shop/docs is not in module example.com/shop: directory ` + filepath.Join(dir, "docs") + ` holds no Go files`,
		`.errcodecheck.yml:10: constructors[3].func: package example.com/shop is not in module example.com/shop: directory ` + dir + ` holds no Go files`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if strings.Contains(got, "constructors[0]") || strings.Contains(got, "constructors[4]") {
		t.Errorf("an existing package, or one outside the module, refused:\n%s", got)
	}
}
