package main

import (
	"strings"
	"testing"
)

// conflictModule is a module where error code 41900001 is constructed
// with 401 twice in package a and with 400 in packages b and c: b does not
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
)
`,
		"b/b.go": `package b

import "example.com/m/apierr"

var (
	B1 = apierr.NewError(400, 41900001, "")
	B2 = apierr.NewError(400, 41900001, "") //errcodecheck:ignore status-conflict the old client wants 400
	B3 = apierr.NewError(401, 41900002, "") //errcodecheck:ignore status-conflict nothing to silence
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
	const want = "c/c.go:10:23: error code 41900001 is constructed with status 400 here but with 401 at 2 sites (first: a/a.go:6)"
	if !strings.Contains(r.stderr, want) {
		t.Errorf("go vet did not report\n%s\n%s", want, r)
	}
	if n := strings.Count(r.stderr, "status-conflict") + strings.Count(r.stderr, "constructed with"); n != 1 {
		t.Errorf("go vet reported a site that per-package counts cannot tell:\n%s", r)
	}
}
