package main

import (
	"strings"
	"testing"
)

// conflictModule is a module where error code 41900001 is constructed
// with 401 four times in package a (five with its test) and with 400 in packages b and c: b does not
// import a, c does. The prefix rule is off, so the code's statuses are
// status-conflict's alone.
func conflictModule(t *testing.T) string {
	return tinyModule(t, map[string]string{
		".errcodecheck.yml": "prefix-rule: false\n",
		"apierr/apierr.go": `package apierr

func NewError(httpCode, errorCode int, msg string) error { return nil }
`,
		"a/a.go": `package a

import "example.com/m/apierr"

var (
	A1 = apierr.NewError(401, 41900001, "")
	A2 = apierr.NewError(401, 41900001, "")
	A3 = apierr.NewError(401, 41900001, "")
	A4 = apierr.NewError(401, 41900001, "")
)
`,
		"a/a_test.go": `package a

import "example.com/m/apierr"

var A5 = apierr.NewError(401, 41900001, "")
`,
		"b/b.go": `package b

import "example.com/m/apierr"

var (
	B1 = apierr.NewError(400, 41900001, "")
	B2 = apierr.NewError(400, 41900001, "") //errcodecheck:ignore status-conflict the old client wants 400
	B3 = apierr.NewError(401, 41900002, "") //errcodecheck:ignore status-conflict nothing to silence
	B4 = apierr.NewError(400, 41900001, "") //errcodecheck:ignore every finding: unknown-code here, status-conflict in a whole run
)
`,
		"c/c.go": `package c

import (
	"example.com/m/a"
	"example.com/m/apierr"
)

var (
	_  = a.A1
	C1 = apierr.NewError(400, 41900001, "")
)
`,
	})
}

// TestStatusConflictVet checks the per-package mode under go vet: the fact
// of package a reaches c (encoded between vet processes), whose 400 is
// reported; b, which does not import a, sees its two 400s alone.
func TestStatusConflictVet(t *testing.T) {
	t.Parallel()
	dir := conflictModule(t)
	r := goVet(t, dir, "-checks=status-conflict", "./...")
	if r.code == 0 {
		t.Fatalf("go vet succeeded despite a finding: %s", r)
	}
	const want = "c/c.go:10:23: error code 41900001 is constructed with status 400 here but with 401 at 4 sites (first: a/a.go:6)"
	if !strings.Contains(r.stderr, want) {
		t.Errorf("go vet did not report\n%s\n%s", want, r)
	}
	if n := strings.Count(r.stderr, "constructed with"); n != 1 {
		t.Errorf("go vet reported a site that per-package counts cannot tell:\n%s", r)
	}

	// Only the whole program can tell whether an ignore directive naming
	// status-conflict alone silences something: go vet does not call b's
	// useless; the blanket one on B4 silences unknown-code.
	r = goVet(t, dir, "-checks=status-conflict,unknown-code,directive", "./b")
	if strings.Contains(r.stderr, "directive silences") {
		t.Errorf("go vet judged a status-conflict ignore it cannot judge:\n%s", r)
	}
}

// TestStatusConflictWhole checks the whole-program mode of the standalone
// command: sibling packages are counted together, so b's 400 is reported
// against a's five 401s as c's is (a's sites are
// counted once, though a and its test variant both hold them); an ignore directive silences a site,
// and one that silences nothing is reported. status-conflict is a
// warning: the exit status is 0 unless -strict.
func TestStatusConflictWhole(t *testing.T) {
	t.Parallel()
	dir := conflictModule(t)
	r := errcodecheck(t, dir, "-checks=status-conflict,directive", "./...")
	wantCode(t, r, 0)
	want := []string{
		"b/b.go:6:23: error code 41900001 is constructed with status 400 here but with 401 at 5 sites (first: a/a.go:6) (status-conflict)",
		"b/b.go:8:42: errcodecheck:ignore directive silences no status-conflict finding on its line or the next (directive)",
		"c/c.go:10:23: error code 41900001 is constructed with status 400 here but with 401 at 5 sites (first: a/a.go:6) (status-conflict)",
	}
	got := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", r.stderr, strings.Join(want, "\n"))
	}
	wantCode(t, errcodecheck(t, dir, "-strict", "-checks=status-conflict", "./..."), 3)

	// Every format carries the whole-program findings, with the check's
	// severity: SARIF has the rule and a warning result.
	log, _ := runSARIF(t, dir, "-strict", "-checks=status-conflict", "./...")
	var levels []string
	for _, res := range log.Runs[0].Results {
		levels = append(levels, res.RuleID+" "+res.Level)
	}
	if got := strings.Join(levels, ", "); got != "status-conflict warning, status-conflict warning" {
		t.Errorf("-sarif results: %s", got)
	}

	// Switched off, the check reports nothing, and an ignore directive
	// that would silence one of its findings is not useless (ignores apply
	// before the selection, as in every package).
	r = errcodecheck(t, dir, "-checks=-status-conflict,-unknown-code", "./...")
	if strings.Contains(r.stderr, "constructed with") || strings.Contains(r.stderr, "b/b.go:7:") || !strings.Contains(r.stderr, "b/b.go:8:42: ") {
		t.Errorf("status-conflict switched off:\n%s", r)
	}
}
