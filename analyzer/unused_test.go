package analyzer_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// catalogWant is an expected whole-program finding at a catalog line:
// <!-- want "REGEXP" --> on the entry's ErrorCode line (in a table, its
// row), invisible when the catalog is rendered.
var catalogWant = regexp.MustCompile(`<!-- want ("(?:[^"\\]|\\.)*") -->`)

// checkCatalogWants compares the findings at catalog lines (Package "")
// with the want comments of the Markdown files under dir: each finding
// must match a want of its line, and each want a finding.
func checkCatalogWants(t *testing.T, dir string, fs []analyzer.Finding) {
	t.Helper()
	type line struct {
		file string
		n    int
	}
	wants := map[line][]*regexp.Regexp{}
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i, text := range strings.Split(string(data), "\n") {
			for _, m := range catalogWant.FindAllStringSubmatch(text, -1) {
				s, err := strconv.Unquote(m[1])
				if err != nil {
					t.Fatalf("%s:%d: bad want %s: %v", path, i+1, m[1], err)
				}
				wants[line{path, i + 1}] = append(wants[line{path, i + 1}], regexp.MustCompile(s))
			}
		}
		return nil
	})
	for _, f := range fs {
		if f.Package != "" {
			t.Errorf("%s: unexpected finding in package %s: %s (%s)", f.Pos, f.Package, f.Message, f.Category)
			continue
		}
		abs, _ := filepath.Abs(f.Pos.Filename)
		k := line{abs, f.Pos.Line}
		matched := false
		for i, re := range wants[k] {
			if re.MatchString(f.Message) {
				wants[k] = append(wants[k][:i], wants[k][i+1:]...)
				matched = true
				break
			}
		}
		if !matched {
			t.Errorf("%s:%d: unexpected finding: %s (%s)", f.Pos.Filename, f.Pos.Line, f.Message, f.Category)
		}
	}
	for k, res := range wants {
		for _, re := range res {
			t.Errorf("%s:%d: no finding matches %q", k.file, k.n, re)
		}
	}
}

// TestUnusedSwitchedOff: -checks can remove the check from a run with
// -unused.
func TestUnusedSwitchedOff(t *testing.T) {
	t.Parallel()
	if fs := analyzer.RunWhole(t, analysistest.TestData(), "all,-unused-code", "checks/unused-code/..."); len(fs) > 0 {
		t.Errorf("findings with -checks=all,-unused-code: %v", fs)
	}
}
