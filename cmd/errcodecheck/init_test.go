package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// uncomment turns the commented candidate entries of a proposal into
// entries, as a user accepting them does.
func uncomment(proposal string) string {
	return regexp.MustCompile(`(?m)^ {2}# ([- ] )`).ReplaceAllString(proposal, "  $1")
}

// loadProposal writes a proposal as the module's .errcodecheck.yml and
// loads it as errcodecheck will.
func loadProposal(t *testing.T, dir, proposal string) *analyzer.Config {
	t.Helper()
	writeFile(t, dir, analyzer.ConfigFileName, proposal)
	c, err := analyzer.LoadConfig(filepath.Join(dir, analyzer.ConfigFileName))
	if err != nil {
		t.Fatalf("the proposal does not load: %v\n%s", err, proposal)
	}
	return c
}

// TestInit checks errcodecheck init on the foreign world: the catalog it
// found, the constructors the heuristics recognize (not the test
// helper), the candidate, with call counts; then that the proposal, saved
// as it is, loads and governs the run, and that an uncommented candidate
// becomes a constructor.
func TestInit(t *testing.T) {
	t.Parallel()
	dir := copyForeign(t)
	// "errcodecheck init > .errcodecheck.yml" creates the file first.
	writeFile(t, dir, analyzer.ConfigFileName, "")
	r := errcodecheck(t, dir, "init")
	wantCode(t, r, 0)
	if r.stderr != "" {
		t.Errorf("standard error is not empty: %s", r)
	}
	proposal := r.stdout
	golden(t, "init/foreign.yml", proposal)

	c := loadProposal(t, dir, proposal)
	if c.Catalog != "docs/error_codes.md" || len(c.Constructors) != 2 {
		t.Errorf("the proposal loads as catalog %q with %d constructors, want docs/error_codes.md and 2", c.Catalog, len(c.Constructors))
	}
	r = errcodecheck(t, dir, "./...")
	wantCode(t, r, 3)
	if r.stderr != foreignFindings {
		t.Errorf("with the proposal, want\n%s\ngot %s", foreignFindings, r)
	}

	c = loadProposal(t, dir, uncomment(proposal))
	if len(c.Constructors) != 3 {
		t.Fatalf("with the candidate uncommented: %d constructors, want 3", len(c.Constructors))
	}
	r = errcodecheck(t, dir, "./...")
	wantCode(t, r, 3)
	const abort = "api/user.go:18:12: status 401 does not match error code 410108 (registered with 404) (status-mismatch)\n"
	if !strings.Contains(r.stderr, abort) || !strings.Contains(r.stderr, foreignFindings) {
		t.Errorf("with the candidate accepted, want also\n%s\ngot %s", abort, r)
	}

	// An existing config is not read, and init says so.
	r = errcodecheck(t, dir, "init", "./account")
	wantCode(t, r, 0)
	if r.stderr != "errcodecheck init: .errcodecheck.yml exists; this proposal does not read it\n" {
		t.Errorf("init with a config: %s", r)
	}
	if strings.Contains(r.stdout, "api.Abort") || !strings.Contains(r.stdout, `- func: "example.com/foreign/apperr.New" # 4 calls`) {
		t.Errorf("init ./account surveyed more or less than ./account:\n%s", r.stdout)
	}
}

// TestInitNoCatalog checks the proposal for a module without a catalog:
// the catalog key is a comment saying why, candidates take codes of any
// width, and the proposal loads.
func TestInitNoCatalog(t *testing.T) {
	t.Parallel()
	dir := copyForeign(t)
	if err := os.Remove(filepath.Join(dir, "docs", "error_codes.md")); err != nil {
		t.Fatal(err)
	}
	r := errcodecheck(t, dir, "init", "-test=false")
	wantCode(t, r, 0)
	for _, want := range []string{
		"# No catalog was found (ErrorCode.md, errcodes.md, error_codes.md or 错误码.md,\n",
		"\n# catalog: docs/errcodes.md\n",
		"  # Candidates: called with a constant HTTP status and a constant code,\n",
		`  # - func: "example.com/foreign/api.Abort" # 2 calls`,
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the proposal lacks %q:\n%s", want, r.stdout)
		}
	}
	if c := loadProposal(t, dir, r.stdout); c.Catalog != "" || len(c.Constructors) != 2 {
		t.Errorf("the proposal loads as catalog %q with %d constructors", c.Catalog, len(c.Constructors))
	}
}

// TestInitNothing checks a module with no constructor and no candidate:
// an empty list to fill in, which loads.
func TestInitNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/plain\n\ngo 1.26\n")
	writeFile(t, dir, "plain.go", "package plain\n\nfunc add(st, c int) int { return st + c }\n\nvar _ = add(404, 410108)\n")
	r := errcodecheck(t, dir, "init")
	wantCode(t, r, 0)
	// add is a candidate (its parameter names match no heuristic): a
	// 3-digit and a 4-digit-or-more constant.
	if !strings.Contains(r.stdout, "  # - func: \"example.com/plain.add\" # 1 call\n  #   status: st\n  #   code: c\n") {
		t.Errorf("no candidate add in\n%s", r.stdout)
	}
	writeFile(t, dir, "plain.go", "package plain\n\nfunc add(a, b int) int { return a + b }\n")
	r = errcodecheck(t, dir, "init")
	wantCode(t, r, 0)
	if !strings.Contains(r.stdout, "\nconstructors: []\n") {
		t.Errorf("want an empty constructors list:\n%s", r.stdout)
	}
	loadProposal(t, dir, r.stdout)
}

// TestInitErrors checks init's failures: outside a module, a package that
// does not type-check, a catalog that does not load, a bad flag.
func TestInitErrors(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	if analyzer.FindModuleRoot(outside) == "" {
		r := errcodecheck(t, outside, "init")
		wantCode(t, r, 1)
		if !strings.Contains(r.stderr, "errcodecheck init: no go.mod in ") {
			t.Errorf("outside a module: %s", r)
		}
	}

	dir := copyForeign(t)
	writeFile(t, dir, "broken/broken.go", "package broken\n\nvar n int = \"not a number\"\n")
	r := errcodecheck(t, dir, "init")
	wantCode(t, r, 1)
	if !strings.Contains(r.stderr, `broken/broken.go:3:13: cannot use "not a number"`) || r.stdout != "" {
		t.Errorf("a package that does not type-check: %s", r)
	}

	dir = copyForeign(t)
	writeFile(t, dir, "docs/error_codes.md", readFile(t, dir, "docs/error_codes.md")+"| 41030 | 409 | 短码 | short code |\n")
	r = errcodecheck(t, dir, "init")
	wantCode(t, r, 1)
	if !strings.Contains(r.stderr, "docs/error_codes.md:16: error code 41030 has 5 digits") || r.stdout != "" {
		t.Errorf("a catalog that does not load: %s", r)
	}

	r = errcodecheck(t, dir, "init", "-nosuchflag")
	wantCode(t, r, 2)
	if !strings.Contains(r.stderr, "usage: errcodecheck init") {
		t.Errorf("a bad flag: %s", r)
	}
}

// TestInitInfersRules checks a found catalog without a rules line whose
// codes are not 8 digits starting with their status: a run with no config
// fails with its errors and says what to do; init proposes code-digits and
// prefix-rule as its entries follow them, and the proposal then governs a
// run that works.
func TestInitInfersRules(t *testing.T) {
	t.Parallel()
	dir := copyForeign(t)
	cat := readFile(t, dir, "docs/error_codes.md")
	writeFile(t, dir, "docs/error_codes.md", strings.Replace(cat, "<!-- errcodecheck:rules digits=6 prefix=off -->\n", "", 1))

	r := errcodecheck(t, dir, "./account")
	wantCode(t, r, 1)
	for _, want := range []string{
		"errcodecheck: no .errcodecheck.yml: using the module's catalog docs/error_codes.md\n",
		"docs/error_codes.md:9: error code 410101 has 6 digits, want 8",
		`"errcodecheck init" proposes such a config)`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("standard error lacks %q: %s", want, r)
		}
	}

	r = errcodecheck(t, dir, "init")
	wantCode(t, r, 0)
	if !strings.Contains(r.stdout, "\ncode-digits: 6\nprefix-rule: false\n") {
		t.Errorf("no code-digits and prefix-rule in the proposal:\n%s", r.stdout)
	}
	loadProposal(t, dir, r.stdout)
	r = errcodecheck(t, dir, "./...")
	wantCode(t, r, 3)
	if r.stderr != foreignFindings {
		t.Errorf("with the proposal, want\n%s\ngot %s", foreignFindings, r)
	}

	// A catalog that states its rules gets its own errors from init.
	writeFile(t, dir, "docs/error_codes.md", strings.Replace(cat, "digits=6 prefix=off", "digits=8 prefix=on", 1))
	r = errcodecheck(t, dir, "init")
	wantCode(t, r, 1)
	if !strings.Contains(r.stderr, "docs/error_codes.md:10: error code 410101 has 6 digits, want 8") {
		t.Errorf("init with a catalog that states its rules: %s", r)
	}
}
