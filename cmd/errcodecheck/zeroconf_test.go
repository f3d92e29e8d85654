package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The foreign world, testdata/foreign, is a service as another team
// writes it: 6-digit codes served with statuses chosen on purpose (410108
// with 404), its table in docs/error_codes.md, a constructor that the
// naming heuristics recognize, one that they do not, and no
// .errcodecheck.yml.

// copyForeign copies the foreign world to a temporary directory, where no
// configuration above it can govern it.
func copyForeign(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "foreign")
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "foreign"))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// fallbackNotice starts the line said when neither a config nor a
// catalog is found.
const fallbackNotice = "errcodecheck: no .errcodecheck.yml and no catalog (ErrorCode.md, errcodes.md, error_codes.md or 错误码.md, at the module root or in docs/): using the embedded example catalog and reporting only the codes it registers"

// foreignFindings are the planted mistakes of the foreign world against
// its own catalog, as the text output prints them.
const foreignFindings = "account/account.go:17:21: status 400 does not match error code 410301 (registered with 409) (status-mismatch)\n" +
	"account/account.go:19:44: error code 410102 is not registered in the catalog; did you mean 410101 or 410108 or 410202? (unknown-code)\n"

// TestZeroConfigForeign checks a foreign project with neither config nor
// catalog: no finding at all, and one line on standard error saying why.
// The same world with the embedded catalog chosen by a config gets the
// flood that the fallback spares it.
func TestZeroConfigForeign(t *testing.T) {
	t.Parallel()
	dir := copyForeign(t)
	if err := os.Remove(filepath.Join(dir, "docs", "error_codes.md")); err != nil {
		t.Fatal(err)
	}
	r := errcodecheck(t, dir, "./...")
	wantCode(t, r, 0)
	if r.stdout != "" || strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, fallbackNotice) ||
		!strings.Contains(r.stderr, `run "errcodecheck init"`) {
		t.Errorf("want only the fallback notice on standard error, got %s", r)
	}

	writeFile(t, dir, "embedded.yml", "# the embedded catalog, chosen\n")
	r = errcodecheck(t, dir, "-config", "embedded.yml", "./...")
	wantCode(t, r, 3)
	if n := strings.Count(r.stderr, "is not registered in the catalog"); n < 6 || strings.Contains(r.stderr, "no .errcodecheck.yml") {
		t.Errorf("want the flood of unknown codes (%d) and no notice, got %s", n, r)
	}
}

// TestZeroConfigDiscovered checks a project with a catalog and no config:
// the catalog is used, and said once although three patterns lead to it.
func TestZeroConfigDiscovered(t *testing.T) {
	t.Parallel()
	dir := copyForeign(t)
	r := errcodecheck(t, dir, "./api", "./account", "./...")
	wantCode(t, r, 3)
	want := "errcodecheck: no .errcodecheck.yml: using the module's catalog docs/error_codes.md\n" + foreignFindings
	if r.stderr != want || r.stdout != "" {
		t.Errorf("want standard error\n%s\ngot %s", want, r)
	}

	// With -json the notice stays on standard error, the tree on standard output.
	r = errcodecheck(t, dir, "-json", "./account")
	wantCode(t, r, 3)
	if !json.Valid([]byte(r.stdout)) || !strings.Contains(r.stdout, "410301") ||
		r.stderr != "errcodecheck: no .errcodecheck.yml: using the module's catalog docs/error_codes.md\n" {
		t.Errorf("-json: %s", r)
	}
}

// TestPreflight checks that a bad configuration fails the run before any
// package is loaded: the package broken, which does not type-check, is
// never reported, in any output format.
func TestPreflight(t *testing.T) {
	t.Parallel()
	const broken = "package broken\n\nvar n int = \"not a number\"\n"
	const badCtor = "constructors:\n  - func: example.com/foreign/apperr.New\n    status: httpStatus\n"
	const typo = "namespace: []\n"

	root := copyForeign(t) // the working directory's config is bad
	writeFile(t, root, "broken/broken.go", broken)
	writeFile(t, root, ".errcodecheck.yml", badCtor)

	sub := copyForeign(t) // the config of a directory pattern is bad
	writeFile(t, sub, "broken/broken.go", broken)
	writeFile(t, sub, "account/.errcodecheck.yml", typo)

	cat := copyForeign(t) // the discovered catalog is bad
	writeFile(t, cat, "broken/broken.go", broken)
	writeFile(t, cat, "docs/error_codes.md", readFile(t, cat, "docs/error_codes.md")+"| 41030 | 409 | 短码 | short code |\n")

	for _, c := range []struct {
		name, dir string
		args      []string
		wantErr   string
	}{
		{"config", root, []string{"./..."}, ".errcodecheck.yml:2: constructors[0]: code is required"},
		{"flag", sub, []string{"-config", "account/.errcodecheck.yml", "./broken"}, ".errcodecheck.yml:1: namespace: unknown key"},
		{"pattern", sub, []string{"./broken", "./account/..."}, "account/.errcodecheck.yml:1: namespace: unknown key"},
		{"catalog", cat, []string{"./..."}, "docs/error_codes.md:16: error code 41030 has 5 digits"},
	} {
		for _, f := range formats {
			t.Run(c.name+"/"+f.name, func(t *testing.T) {
				t.Parallel()
				r := errcodecheck(t, c.dir, append(f.args, c.args...)...)
				wantCode(t, r, 1)
				if !strings.Contains(r.stderr, c.wantErr) || strings.Count(r.stderr, c.wantErr) != 1 {
					t.Errorf("standard error lacks %q once: %s", c.wantErr, r)
				}
				if strings.Contains(r.stderr, "broken.go") {
					t.Errorf("packages were loaded before the config was checked: %s", r)
				}
				checkDocument(t, f.name, r.stdout)
			})
		}
	}
}

// TestVetZeroConfig checks a module with no config under go vet: each
// package is checked against the module's own catalog, nothing is
// announced (go vet would print it for every package), and the catalog
// is part of the build ID, so that go vet does not serve results cached
// from before an edit. (The module imports nothing: each new vet tool
// analyzes every dependency again.)
func TestVetZeroConfig(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/tiny\n\ngo 1.26\n")
	writeFile(t, dir, "errcodes.md", "<!-- errcodecheck:rules digits=6 prefix=off -->\n\n| Code | HTTP | Name |\n|--|--|--|\n| 410108 | 404 | user not found |\n")
	writeFile(t, dir, "tiny.go", "package tiny\n\nfunc fail(httpCode, errorCode int) {}\n\nfunc f() { fail(400, 410108) }\n")
	r := goVet(t, dir, "./...")
	if r.code == 0 || !strings.Contains(r.stderr, "tiny.go:5:17: status 400 does not match error code 410108 (registered with 404)") ||
		strings.Contains(r.stderr, "no .errcodecheck.yml") {
		t.Errorf("go vet: %s", r)
	}

	before := errcodecheck(t, dir, "-V=full")
	writeFile(t, dir, "errcodes.md", readFile(t, dir, "errcodes.md")+"| 410109 | 404 | order not found |\n")
	after := errcodecheck(t, dir, "-V=full")
	if before.code != 0 || before.stdout == after.stdout {
		t.Errorf("-V=full does not change with the module's catalog:\n%s%s", before, after)
	}
}
