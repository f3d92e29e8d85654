package driver

import (
	"bytes"
	"errors"
	"go/ast"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// editing returns the sums analyzer that, once it has analyzed the
// package, overwrites a.go with content: an edit made during the run.
func editing(path, content string) *analysis.Analyzer {
	a := *sums
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := sums.Run(pass)
		if werr := os.WriteFile(path, []byte(content), 0o666); werr != nil {
			return nil, werr
		}
		return res, err
	}
	return &a
}

// TestFixFileChangedSameSize: a file edited during the run, to content of
// the same size, is not fixed (the fix's offsets are those of the bytes
// analyzed), with a message, and its findings stay open.
func TestFixFileChangedSameSize(t *testing.T) {
	src := "package a\n\n// x + y\nconst s = 1 + 1\n"
	edited := "package a\n\nconst s = 1 + 1\n// x + y\n" // same size, other offsets
	if len(src) != len(edited) {
		t.Fatal("the edit must keep the size")
	}
	dir := module(t, src)
	var out, errs bytes.Buffer
	code := Run(editing(filepath.Join(dir, "a.go"), edited), []string{"."}, Options{Dir: dir, Fix: true, Context: -1, Stdout: &out, Stderr: &errs})
	if code != ExitFailure {
		t.Errorf("exit status %d, want %d", code, ExitFailure)
	}
	if want := "a.go: fixes not applied: the file changed after it was analyzed; run again\n"; !strings.Contains(errs.String(), want) {
		t.Errorf("stderr:\n%s\nwant it to contain\n%s", errs.String(), want)
	}
	if !strings.Contains(errs.String(), "a.go:4:11: a sum") {
		t.Errorf("the unfixed finding is not reported:\n%s", errs.String())
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "a.go")); string(data) != edited {
		t.Errorf("a.go was written:\n%s", data)
	}
}

// TestFixWriteFails: when a file cannot be written, the other files are
// fixed, that file's findings are reported as open, and the run fails.
func TestFixWriteFails(t *testing.T) {
	dir := module(t, "package a\n\nconst s = 1 + 1\n")
	if err := os.WriteFile(filepath.Join(dir, "b.go"), []byte("package a\n\nconst t = 3 + 3\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	o := Options{Dir: dir, Fix: true, Context: -1, Stdout: &out, Stderr: &errs}
	o.writeFile = func(name string, orig, data []byte) error {
		if filepath.Base(name) == "a.go" {
			return errors.New("disk on fire")
		}
		return writeFileAtomic(name, orig, data)
	}
	code := Run(sums, []string{"."}, o)
	if code != ExitFailure {
		t.Errorf("exit status %d, want %d", code, ExitFailure)
	}
	want := "a.go: fixes not applied: disk on fire\na.go:3:11: a sum (sum)\n"
	if errs.String() != want {
		t.Errorf("stderr:\n%s\nwant\n%s", errs.String(), want)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "a.go")); string(data) != "package a\n\nconst s = 1 + 1\n" {
		t.Errorf("a.go changed:\n%s", data)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "b.go")); string(data) != "package a\n\nconst t = sum\n" {
		t.Errorf("b.go not fixed:\n%s", data)
	}
}

// TestWriteFileAtomic: the file is replaced whole, keeps its mode, a
// symbolic link stays a link, and no temporary file is left behind.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.go")
	if err := os.WriteFile(name, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.go")
	if err := os.Symlink(name, link); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(link, []byte("old"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(name); string(data) != "new" {
		t.Errorf("content %q", data)
	}
	if st, _ := os.Stat(name); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", st.Mode().Perm())
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file")
	}
	if err := writeFileAtomic(name, []byte("old"), []byte("newer")); err == nil {
		t.Errorf("a file that changed since it was read was overwritten")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left: %v", entries)
	}
}

// TestLineEnds: fixes keep CRLF line endings and a byte order mark, and a
// gofmt-clean CRLF file is left gofmt-clean in CRLF.
func TestLineEnds(t *testing.T) {
	src := bom + "package a\r\n\r\nconst s = 1 + 1\r\n"
	dir := module(t, src)
	imp := &analysis.Analyzer{Name: "imp", Doc: "adds an import", Run: func(pass *analysis.Pass) (any, error) {
		f := pass.Files[0]
		pass.Report(analysis.Diagnostic{Pos: f.Name.Pos(), Message: "needs an import",
			SuggestedFixes: []analysis.SuggestedFix{{Message: "Import", TextEdits: []analysis.TextEdit{{Pos: f.Name.End(), End: f.Name.End(), NewText: []byte("\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n")}}}}})
		return nil, nil
	}}
	var out, errs bytes.Buffer
	if code := Run(imp, []string{"."}, Options{Dir: dir, Fix: true, Context: -1, Stdout: &out, Stderr: &errs}); code != ExitClean {
		t.Fatalf("exit status %d:\n%s", code, errs.String())
	}
	data, _ := os.ReadFile(filepath.Join(dir, "a.go"))
	want := bom + "package a\r\n\r\nimport \"fmt\"\r\n\r\nvar _ = fmt.Sprint\r\n\r\nconst s = 1 + 1\r\n"
	if string(data) != want {
		t.Errorf("a.go after -fix:\n%q\nwant\n%q", data, want)
	}
}

// TestFixesShareAnImport: one fix replaces the last use of net/http and
// removes the import, another fix of the same file needs it. Applied
// together, the import stays; when no fix needs it any more, it goes.
func TestFixesShareAnImport(t *testing.T) {
	src := "package a\n\nimport \"net/http\"\n\nvar x = http.StatusBadRequest\n\nvar y = 2\n"
	// Both fixes as the analyzer makes them: the first one replaces the
	// last use of http and removes the import; the second adds a use
	// of http and, the file importing it, no import.
	an := &analysis.Analyzer{Name: "share", Doc: "share an import", Run: func(pass *analysis.Pass) (any, error) {
		f := pass.Files[0]
		gd := f.Decls[0]
		for _, d := range f.Decls[1:] {
			v := d.(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values[0]
			var edits []analysis.TextEdit
			if _, ok := v.(*ast.SelectorExpr); ok {
				edits = []analysis.TextEdit{{Pos: v.Pos(), End: v.End(), NewText: []byte("499")}, {Pos: gd.Pos(), End: gd.End()}}
			} else {
				edits = []analysis.TextEdit{{Pos: v.Pos(), End: v.End(), NewText: []byte("http.StatusNotFound")}}
			}
			pass.Report(analysis.Diagnostic{Pos: v.Pos(), Message: "fix me", SuggestedFixes: []analysis.SuggestedFix{{Message: "Fix", TextEdits: edits}}})
		}
		return nil, nil
	}}
	dir := module(t, src)
	var out, errs bytes.Buffer
	if code := Run(an, []string{"."}, Options{Dir: dir, Fix: true, Context: -1, Stdout: &out, Stderr: &errs}); code != ExitClean {
		t.Fatalf("exit status %d:\n%s", code, errs.String())
	}
	data, _ := os.ReadFile(filepath.Join(dir, "a.go"))
	want := "package a\n\nimport \"net/http\"\n\nvar x = 499\n\nvar y = http.StatusNotFound\n"
	if string(data) != want {
		t.Errorf("a.go after -fix:\n%s\nwant\n%s", data, want)
	}

	// Without the second fix, the import the first leaves unused goes.
	i := strings.Index(src, "http.StatusBadRequest")
	ff := &fileFix{orig: []byte(src), edits: []edit{{i, i + len("http.StatusBadRequest"), "499"}}}
	if got, want := string(ff.result()), "package a\n\nvar x = 499\n\nvar y = 2\n"; got != want {
		t.Errorf("removeUnusedImports:\n%s\nwant\n%s", got, want)
	}
}

// TestContextLines: -c is clamped to the file, with no overflow.
func TestContextLines(t *testing.T) {
	const maxInt = int(^uint(0) >> 1)
	cases := []struct{ line, end, c, n, first, last int }{
		{5, 5, 0, 10, 5, 5},
		{5, 6, 2, 10, 3, 8},
		{1, 1, 3, 2, 1, 2},
		{5, 5, maxInt, 10, 1, 10},
		{5, 5, maxInt / 2, 10, 1, 10},
		{10, 12, 1, 10, 9, 10}, // the file got shorter
	}
	for _, c := range cases {
		if first, last := contextLines(c.line, c.end, c.c, c.n); first != c.first || last != c.last {
			t.Errorf("contextLines(%d, %d, %d, %d) = %d, %d, want %d, %d", c.line, c.end, c.c, c.n, first, last, c.first, c.last)
		}
	}
}
