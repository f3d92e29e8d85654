package main

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of -fix and -diff, and doc.go")

// fixedFiles are the files of the example module that -fix ./... changes;
// their golden versions are testdata/golden/FILE.golden.
var fixedFiles = []string{"callers/callers_test.go", "fixme/fixme.go", "platform/platform.go"}

// golden compares got with testdata/golden/name.golden, or writes it.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", filepath.FromSlash(name)+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (go test -run %s -update rewrites it):\n%s", name, path, t.Name(), got)
	}
}

// TestFix checks -fix and -diff on copies of the example module. -fix
// rewrites the files as the golden files say, the result builds and the
// findings without a fix are still reported (status 3). -diff prints a unified diff, changes nothing, and
// its diff, applied, gives what -fix wrote.
func TestFix(t *testing.T) {
	fixed := copyShop(t)
	r := errcodecheck(t, fixed, "-fix", "./...")
	wantCode(t, r, 3)
	for _, f := range fixedFiles {
		golden(t, f, readFile(t, fixed, f))
	}
	// What -fix could not fix is reported; what it fixed is not.
	for _, w := range []string{"callers/callers.go:9:25:", "platform/platform.go:17:25:", "platform/platform.go:22:30:", "platform/platform.go:38:2:"} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("finding %s not reported after -fix:\n%s", w, r.stderr)
		}
	}
	for _, f := range []string{"fixme.go", "callers_test.go", "platform.go:12:", "platform.go:27:"} {
		if strings.Contains(r.stderr, f) {
			t.Errorf("fixed finding %s still reported:\n%s", f, r.stderr)
		}
	}
	if b := command(t, fixed, goTool(), "vet", "./..."); b.code != 0 {
		t.Errorf("the fixed module does not build and vet: %s", b)
	}

	dir := copyShop(t)
	d := errcodecheck(t, dir, "-diff", "./...")
	wantCode(t, d, 3)
	golden(t, "fix.diff", d.stdout)
	for _, f := range fixedFiles {
		if readFile(t, dir, f) != readFile(t, shop, f) {
			t.Errorf("-diff changed %s", f)
		}
	}
	// The findings the diff does not fix are reported, those it fixes not.
	if !strings.Contains(d.stderr, "platform/platform.go:17:25:") || strings.Contains(d.stderr, "platform/platform.go:12:20:") {
		t.Errorf("-diff reported:\n%s", d.stderr)
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git to apply the diff with")
	}
	if err := os.WriteFile(filepath.Join(dir, "fix.diff"), []byte(d.stdout), 0o666); err != nil {
		t.Fatal(err)
	}
	if a := command(t, dir, git, "apply", "fix.diff"); a.code != 0 {
		t.Fatalf("git apply: %s", a)
	}
	for _, f := range fixedFiles {
		if got, want := readFile(t, dir, f), readFile(t, fixed, f); got != want {
			t.Errorf("%s: the diff applied gives\n%s\n-fix gives\n%s", f, got, want)
		}
	}
}

// TestFixAll checks that -fix exits 0 when it fixed every finding, and
// that two fixes adding the same import add it once.
func TestFixAll(t *testing.T) {
	dir := copyShop(t)
	r := errcodecheck(t, dir, "-fix", "./fixme")
	wantCode(t, r, 0)
	if r.stderr != "" || r.stdout != "" {
		t.Errorf("-fix printed something: %s", r)
	}
	if got := readFile(t, dir, "fixme/fixme.go"); strings.Count(got, `"net/http"`) != 1 {
		t.Errorf("want one import of net/http:\n%s", got)
	}
}

// TestFixRefused checks that nothing is changed when the analysis fails.
func TestFixRefused(t *testing.T) {
	dir := copyShop(t)
	writeFile(t, dir, "broken/broken.go", "package broken\n\nvar n int = \"not a number\"\n")
	before := readFile(t, dir, "fixme/fixme.go")
	r := errcodecheck(t, dir, "-fix", "-test=false", "./...")
	wantCode(t, r, 1)
	if readFile(t, dir, "fixme/fixme.go") != before {
		t.Errorf("-fix changed a file although the analysis failed")
	}
	if !strings.Contains(r.stderr, "no fixes applied") {
		t.Errorf("-fix did not say why it changed nothing:\n%s", r.stderr)
	}
}
