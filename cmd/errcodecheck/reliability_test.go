package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The regression tests of the command's reliability: what -fix may write,
// where fixes are located, what happens when output or packages fail.

// constructor is a constructor that the naming heuristics recognize.
const constructor = "func NewError(httpCode, errorCode int, msg string) error { return nil }\n"

// tinyModule writes a module example.com/m with files (and the default
// configuration unless files has one) and returns its directory.
func tinyModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/m\n\ngo 1.26\n")
	if _, ok := files[".errcodecheck.yml"]; !ok {
		writeFile(t, dir, ".errcodecheck.yml", "heuristics: true\n")
	}
	for name, content := range files {
		writeFile(t, dir, name, content)
	}
	return dir
}

// jsonTree is the -json output.
type jsonTree map[string]map[string][]struct {
	Category       string `json:"category"`
	Posn           string `json:"posn"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Edits []struct {
			Filename   string `json:"filename"`
			Start, End int
			New        string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

func parseJSON(t *testing.T, out string) jsonTree {
	t.Helper()
	var tree jsonTree
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out)
	}
	return tree
}

// TestCgo (issue 9, point 3): the positions of a cgo file are the user's
// file's, in every format; fixes, whose edits would be in cgo's rewrite of
// the file in the build cache, are left out and said to be; -fix names the
// user's file.
func TestCgo(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler")
	}
	src := "package c\n\n/*\nint one(void) { return 1; }\n*/\nimport \"C\"\n\n" + constructor +
		"\nfunc f() {\n\t_ = NewError(400, 40400003, \"\")\n\t_ = C.one()\n}\n"
	dir := tinyModule(t, map[string]string{"c/c.go": src})
	cache := filepath.Join(dir, "c", "c.go")

	j := errcodecheck(t, dir, "-json", "./c")
	wantCode(t, j, 3)
	for _, diags := range parseJSON(t, j.stdout) {
		for _, d := range diags["errcodecheck"] {
			if d.Posn != cache+":11:15" {
				t.Errorf("posn %s, want %s:11:15", d.Posn, cache)
			}
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("a fix of a cgo file is shown: %+v", d.SuggestedFixes)
			}
		}
	}
	if !strings.Contains(j.stderr, "c/c.go: suggested fixes left out: the file is rewritten by cgo") {
		t.Errorf("-json does not say that fixes were left out:\n%s", j.stderr)
	}
	s := errcodecheck(t, dir, "-sarif", "./c")
	wantCode(t, s, 3)
	if strings.Contains(s.stdout, "artifactChanges") || strings.Contains(s.stdout, "go-build") {
		t.Errorf("SARIF names the build cache or carries a cgo fix:\n%s", s.stdout)
	}
	f := errcodecheck(t, dir, "-fix", "./c")
	wantCode(t, f, 3)
	if !strings.Contains(f.stderr, "c/c.go:11:15: fix skipped: c/c.go is rewritten by cgo: fix it by hand") {
		t.Errorf("-fix:\n%s", f.stderr)
	}
	if readFile(t, dir, "c/c.go") != src {
		t.Errorf("-fix changed the cgo file")
	}
}

// TestCRLF (point 5): -fix keeps a file's CRLF line endings and its byte
// order mark, and the file still builds.
func TestCRLF(t *testing.T) {
	lf := "package p\n\n" + constructor + "\nfunc f() {\n\t_ = NewError(400, 40400003, \"\")\n}\n"
	crlf := "\xef\xbb\xbf" + strings.ReplaceAll(lf, "\n", "\r\n")
	dir := tinyModule(t, map[string]string{"p/p.go": crlf})
	wantCode(t, errcodecheck(t, dir, "-fix", "./..."), 0)
	got := readFile(t, dir, "p/p.go")
	want := "\xef\xbb\xbf" + strings.ReplaceAll("package p\n\nimport \"net/http\"\n\n"+constructor+"\nfunc f() {\n\t_ = NewError(http.StatusNotFound, 40400003, \"\")\n}\n", "\n", "\r\n")
	if got != want {
		t.Errorf("after -fix:\n%q\nwant\n%q", got, want)
	}
	if b := command(t, dir, goTool(), "build", "./..."); b.code != 0 {
		t.Errorf("the fixed file does not build: %s", b)
	}
}

// TestFixOutsideMainModule (point 7): -fix never writes a file of another
// module (here a replaced dependency; the module cache and GOROOT are
// others too), and names the file it skips.
func TestFixOutsideMainModule(t *testing.T) {
	root := t.TempDir()
	dep := filepath.Join(root, "dep")
	writeFile(t, dep, "go.mod", "module example.com/dep\n\ngo 1.26\n")
	depSrc := "package dep\n\n" + constructor + "\nfunc F() error { return NewError(400, 40400003, \"\") }\n"
	writeFile(t, dep, "dep.go", depSrc)
	main := filepath.Join(root, "main")
	writeFile(t, main, "go.mod", "module example.com/m\n\ngo 1.26\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n")
	writeFile(t, main, ".errcodecheck.yml", "heuristics: true\n")
	writeFile(t, main, "m.go", "package m\n\nimport _ \"example.com/dep\"\n")
	r := errcodecheck(t, main, "-fix", "example.com/dep")
	wantCode(t, r, 3)
	if want := "fix skipped: " + filepath.Join(dep, "dep.go") + " is not in the main module"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr:\n%s\nwant it to contain %q", r.stderr, want)
	}
	if got := readFile(t, dep, "dep.go"); got != depSrc {
		t.Errorf("-fix wrote a dependency's file:\n%s", got)
	}

	// Nor through a symbolic link from the main module to the file.
	if err := os.Symlink(filepath.Join(dep, "dep.go"), filepath.Join(main, "link.go")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, main, "m.go", "package dep\n") // the package of link.go
	r = errcodecheck(t, main, "-fix", ".")
	wantCode(t, r, 3)
	if !strings.Contains(r.stderr, "fix skipped: link.go is not in the main module") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	if got := readFile(t, dep, "dep.go"); got != depSrc {
		t.Errorf("-fix wrote a dependency's file through a link:\n%s", got)
	}
}

// TestLineDirective (point 8): with a //line directive, findings are
// reported where the directive says, but fix edits are located in the
// real file, in -json, -sarif and -fix.
func TestLineDirective(t *testing.T) {
	src := "package p\n\n" + constructor + "\nfunc f() {\n//line gen.y:100:1\n\t_ = NewError(400, 40400003, \"\")\n}\n"
	dir := tinyModule(t, map[string]string{"p/p.go": src})
	realFile := filepath.Join(dir, "p", "p.go")
	at := strings.Index(src, "400,")

	j := errcodecheck(t, dir, "-json", "./p")
	wantCode(t, j, 3)
	var found bool
	for _, diags := range parseJSON(t, j.stdout) {
		for _, d := range diags["errcodecheck"] {
			if !strings.HasSuffix(d.Posn, "gen.y:100:15") || len(d.SuggestedFixes) != 1 {
				t.Errorf("diagnostic %+v", d)
				continue
			}
			for _, e := range d.SuggestedFixes[0].Edits {
				if e.Filename != realFile {
					t.Errorf("edit in %s, want %s", e.Filename, realFile)
				}
				if e.New == "http.StatusNotFound" {
					found = e.Start == at && e.End == at+3
				}
			}
		}
	}
	if !found {
		t.Errorf("no edit replacing bytes %d-%d of %s:\n%s", at, at+3, realFile, j.stdout)
	}

	s := errcodecheck(t, dir, "-sarif", "./p")
	wantCode(t, s, 3)
	var log sarifLog
	if err := json.Unmarshal([]byte(s.stdout), &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results
	if len(res) != 1 || len(res[0].Fixes) != 1 {
		t.Fatalf("SARIF results: %s", s.stdout)
	}
	for _, c := range res[0].Fixes[0].ArtifactChanges {
		if c.ArtifactLocation.URI != "p/p.go" {
			t.Errorf("SARIF fix in %s, want p/p.go", c.ArtifactLocation.URI)
		}
		for _, rep := range c.Replacements {
			if rep.InsertedContent != nil && rep.InsertedContent.Text == "http.StatusNotFound" && (rep.DeletedRegion.StartLine != 7 || rep.DeletedRegion.StartColumn != 15) {
				t.Errorf("SARIF replacement at %+v, want line 7 column 15 of p/p.go", rep.DeletedRegion)
			}
		}
	}

	wantCode(t, errcodecheck(t, dir, "-fix", "./p"), 0)
	if got := readFile(t, dir, "p/p.go"); !strings.Contains(got, "\t_ = NewError(http.StatusNotFound, 40400003, \"\")\n") {
		t.Errorf("after -fix:\n%s", got)
	}
}

// TestStdoutWriteError (point 9): when standard output cannot be
// written, the command fails, saying so.
func TestStdoutWriteError(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	dir := tinyModule(t, map[string]string{"p/p.go": "package p\n\n" + constructor + "\nvar _ = NewError(400, 40400003, \"\")\n"})
	for _, args := range [][]string{{"-json", "./..."}, {"-sarif", "./..."}, {"-diff", "./..."}, {"-V=full"}, {"-flags"}, {"-help"}, {"help"}} {
		flag := strings.Join(args, " ")
		cmd := exec.Command(binary, args...)
		cmd.Dir, cmd.Env, cmd.Stdout = dir, childEnv(), full
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("%s > /dev/full: %v, want exit status 1", flag, err)
		}
		if !strings.Contains(stderr.String(), "errcodecheck: writing standard output: ") {
			t.Errorf("%s > /dev/full: stderr:\n%s", flag, stderr.String())
		}
	}
}

// TestBrokenPackages (point 11): a package whose test file does not
// compile, and a package importing a dependency that does not, do not stop
// the run: the others are analyzed and their findings printed, the broken
// ones listed, and the exit status is 1.
func TestBrokenPackages(t *testing.T) {
	bad := "package p\n\n" + constructor + "\nfunc f() error { return NewError(400, 40400003, \"\") }\n"
	dir := tinyModule(t, map[string]string{
		"p/p.go":          bad,
		"p/p_test.go":     "package p\n\nvar _ int = \"not an int\"\n",
		"q/q.go":          "package q\n\nimport \"example.com/m/broken\"\n\n" + constructor + "\nvar _ = broken.X\n\nfunc g() error { return NewError(400, 40100002, \"\") }\n",
		"broken/b.go":     "package broken\n\nvar X int = \"not an int\"\n",
		"clean/c.go":      "package clean\n",
		"clean/c_test.go": "package clean\n",
	})
	r := errcodecheck(t, dir, "./...")
	wantCode(t, r, 1)
	for _, w := range []string{
		"p/p.go:5:34: status 400 does not match error code 40400003 (registered with 404)",
		"q/q.go:9:34: status 400 does not match error code 40100002 (registered with 401)",
		"errcodecheck: 2 packages not analyzed, with errors above: example.com/m/broken, example.com/m/p [example.com/m/p.test]",
		"broken/b.go:3:13: cannot use",
		"p/p_test.go:3:13: cannot use",
	} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
		}
	}
	if strings.Contains(r.stderr, dir) {
		t.Errorf("file names not relative to the working directory, as findings are:\n%s", r.stderr)
	}
}

// TestDependencyConfig (point 11): a dependency's own .errcodecheck.yml
// with a broken catalog does not stop the main module's run (go vet
// ignores it too): the dependency is analyzed for facts only, with a note.
func TestDependencyConfig(t *testing.T) {
	root := t.TempDir()
	dep := filepath.Join(root, "dep")
	writeFile(t, dep, "go.mod", "module example.com/dep\n\ngo 1.26\n")
	writeFile(t, dep, ".errcodecheck.yml", "catalog: missing.md\n")
	writeFile(t, dep, "dep.go", "package dep\n\nconst X = 1\n")
	main := filepath.Join(root, "main")
	writeFile(t, main, "go.mod", "module example.com/m\n\ngo 1.26\n\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ../dep\n")
	writeFile(t, main, ".errcodecheck.yml", "heuristics: true\n")
	writeFile(t, main, "m.go", "package m\n\nimport \"example.com/dep\"\n\n"+constructor+"\nfunc f() error { return NewError(400, 40400003+dep.X-1, \"\") }\n")
	r := errcodecheck(t, main, "./...")
	wantCode(t, r, 3)
	if !strings.Contains(r.stderr, "m.go:7:34: status 400 does not match error code 40400003") {
		t.Errorf("the main module's finding is not reported:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "errcodecheck: note: example.com/dep: not checked, analyzed for facts only: ") {
		t.Errorf("no note on the dependency's configuration:\n%s", r.stderr)
	}
	// Named on the command line, the dependency's error is the user's.
	wantCode(t, errcodecheck(t, main, "example.com/dep"), 1)
}

// TestHugeContext (point 15): -c with a huge N neither hangs nor overflows.
func TestHugeContext(t *testing.T) {
	dir := tinyModule(t, map[string]string{"p/p.go": "package p\n\n" + constructor + "\nvar _ = NewError(400, 40400003, \"\")\n"})
	for _, n := range []string{"4611686018427387904", "9223372036854775807"} {
		start := time.Now()
		r := errcodecheck(t, dir, "-c", n, "./...")
		wantCode(t, r, 3)
		if !strings.Contains(r.stderr, "1\tpackage p\n") || !strings.Contains(r.stderr, "5\tvar _ = NewError(400, 40400003, \"\")\n") {
			t.Errorf("-c %s:\n%s", n, r.stderr)
		}
		if d := time.Since(start); d > time.Minute {
			t.Errorf("-c %s took %v", n, d)
		}
	}
}

// TestFlagsAfterPatterns (point 20): flags may follow the patterns, as
// go vet users type them; "--" ends the flags; "errcodecheck help" prints
// the manual.
func TestFlagsAfterPatterns(t *testing.T) {
	dir := tinyModule(t, map[string]string{"p/p.go": "package p\n\n" + constructor + "\nvar _ = NewError(400, 40400003, \"\")\n"})
	r := errcodecheck(t, dir, "./...", "-json")
	wantCode(t, r, 3)
	parseJSON(t, r.stdout)
	r = errcodecheck(t, dir, "./p", "-heuristics=false", "./...")
	wantCode(t, r, 0)
	r = errcodecheck(t, dir, "--", "-json")
	wantCode(t, r, 1) // "-json" is a pattern there, and matches nothing
	r = errcodecheck(t, dir, "help")
	wantCode(t, r, 0)
	if r.stdout != help {
		t.Errorf("errcodecheck help printed:\n%s", r.stdout)
	}
	r = errcodecheck(t, dir, "./...", "-nosuchflag")
	wantCode(t, r, 2)
}
