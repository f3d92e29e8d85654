package main

import (
	"strings"
	"testing"
)

// goCatalogModule writes a module whose catalog is the Go package code:
// handler imports it, svc imports only handler (the catalog's fact comes
// from an indirect dependency), other does not import it (the analyzer
// loads the catalog package itself). files replace or add files.
func goCatalogModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	base := map[string]string{
		"go.mod": "module example.com/svc\n\ngo 1.22\n",
		".errcodecheck.yml": `catalog: go:example.com/svc/code
constructors:
  - func: example.com/svc/apierr.New
    status: 0
    code: 1
    message: 2
`,
		"apierr/apierr.go": `package apierr

type Error struct {
	Status, Code int
	Message      string
}

func (e *Error) Error() string { return e.Message }

func New(status, code int, msg string) *Error { return &Error{status, code, msg} }
`,
		"code/code.go": `package code

import "example.com/svc/apierr"

func register(code, httpStatus int, msg string) *apierr.Error { return apierr.New(httpStatus, code, msg) }

var (
	ErrUserNotFound = register(40400001, 404, "user not found")
	ErrConflict     = register(40900001, 409, "conflict")
)
`,
		"handler/handler.go": `package handler

import (
	"example.com/svc/apierr"
	"example.com/svc/code"
)

func Get(id int) error {
	if id == 0 {
		return code.ErrUserNotFound
	}
	return apierr.New(400, 40400001, "")
}
`,
		"svc/svc.go": `package svc

import (
	"example.com/svc/apierr"
	"example.com/svc/handler"
)

func Serve(id int) error {
	if err := handler.Get(id); err != nil {
		return err
	}
	return apierr.New(500, 40900001, "")
}
`,
		"other/other.go": `package other

import "example.com/svc/apierr"

func F() error { return apierr.New(404, 40400009, "") }

func G() error { return apierr.New(409, 40900001, "conflict") }
`,
	}
	for name, content := range files {
		base[name] = content
	}
	for name, content := range base {
		if content != "" {
			writeFile(t, dir, name, content)
		}
	}
	return dir
}

var goCatalogFindings = []string{
	"handler/handler.go:12:20: status 400 does not match error code 40400001 (registered with 404)",
	"svc/svc.go:12:20: status 500 does not match error code 40900001 (registered with 409)",
	"other/other.go:5:41: error code 40400009 is not registered in the catalog; did you mean 40400001?",
}

// TestGoCatalogVet: under go vet, handler takes the catalog from the
// catalog package's fact, svc from the fact of an indirect dependency, and
// other, which does not import it, loads it.
func TestGoCatalogVet(t *testing.T) {
	dir := goCatalogModule(t, nil)
	r := goVet(t, dir, "./...")
	if r.code == 0 {
		t.Fatalf("go vet succeeded: %s", r)
	}
	for _, w := range goCatalogFindings {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("go vet did not report %q:\n%s", w, r.stderr)
		}
	}
	if n := strings.Count(r.stderr, "\n") - strings.Count(r.stderr, "# "); n != len(goCatalogFindings) {
		t.Errorf("go vet reported %d lines, want %d:\n%s", n, len(goCatalogFindings), r.stderr)
	}

	// Registering 40400009 reaches other, which does not import the
	// catalog: the catalog's files are part of the tool's ID.
	writeFile(t, dir, "code/more.go", "package code\n\nvar ErrMore = register(40400009, 404, \"more\")\n")
	r = goVet(t, dir, "./other")
	if r.code != 0 {
		t.Errorf("go vet ./other after registering 40400009: %s", r)
	}
}

func TestGoCatalogStandalone(t *testing.T) {
	dir := goCatalogModule(t, nil)
	r := errcodecheck(t, dir, "./...")
	wantCode(t, r, 3)
	for _, w := range goCatalogFindings {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("errcodecheck did not report %q:\n%s", w, r)
		}
	}
	if n := strings.Count(r.stderr, "\n"); n != len(goCatalogFindings) {
		t.Errorf("%d findings, want %d:\n%s", n, len(goCatalogFindings), r)
	}
}

// TestGoCatalogBad: a catalog package that is missing, does not compile,
// registers nothing or registers a code twice fails the run, naming the
// config key or the Go file's line, before any package is analyzed, and
// under go vet.
func TestGoCatalogBad(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"not found", map[string]string{".errcodecheck.yml": "catalog: go:example.com/svc/nope\n"},
			".errcodecheck.yml:1: catalog: Go catalog example.com/svc/nope does not load:\ncannot find module providing package example.com/svc/nope"},
		{"bad path", map[string]string{".errcodecheck.yml": "catalog: \"go:\"\n"},
			`.errcodecheck.yml:1: catalog: "go:": want go:PKGPATH with a Go import path`},
		{"namespaces", map[string]string{".errcodecheck.yml": "catalog: go:example.com/svc/code\nnamespaces:\n  - name: user\n    packages: [\"example.com/svc/...\"]\n"},
			`.errcodecheck.yml:3: namespaces[0].name: namespace "user" is not in catalog go:example.com/svc/code (a Go catalog has the one namespace default)`},
		{"type error", map[string]string{"code/bad.go": "package code\n\nvar x int = \"s\"\n"},
			"code/bad.go:3:13: cannot use \"s\""},
		{"no entries", map[string]string{"code/code.go": "package code\n\nconst X = 1\n"},
			".errcodecheck.yml:1: catalog: no catalog entries found in Go package example.com/svc/code"},
		{"duplicate", map[string]string{"code/dup.go": "package code\n\nvar ErrAgain = register(40400001, 404, \"again\")\n"},
			"code/dup.go:3: duplicate error code 40400001 in namespace default (first at "},
		{"status not constant", map[string]string{"code/var.go": "package code\n\nvar status = 404\n\nvar ErrVar = register(40400002, status, \"var\")\n"},
			"code/var.go:5:33: the status of error code 40400002 is not a constant: a Go catalog's registry calls need a constant status"},
		{"two status maps", map[string]string{"code/map.go": "package code\n\nvar messages = map[int]string{40400003: \"m\"}\n\nvar s1 = map[int]int{40400003: 404}\n\nvar s2 = map[int]int{40400003: 404}\n"},
			"code/map.go:7:10: second status map s2 (first: s1 at "},
		{"no status", map[string]string{"code/map.go": "package code\n\nvar messages = map[int]string{\n\t42: \"answer\",\n}\n"},
			"code/map.go:4:2: no status for code 42: add it to a package-level status map (map[int]int{42: http.StatusNotFound}) (the code is too short for the prefix rule to give it)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := goCatalogModule(t, tc.files)
			r := errcodecheck(t, dir, "./...")
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("errcodecheck: want an error with %q, got %s", tc.want, r)
			}
			if tc.name == "type error" {
				return // go vet itself reports it
			}
			r = goVet(t, dir, "./other") // loads the catalog package
			if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("go vet: want an error with %q, got %s", tc.want, r)
			}
			if tc.name != "duplicate" {
				return
			}
			r = goVet(t, dir, "./svc") // takes it from the fact
			if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("go vet: want an error with %q, got %s", tc.want, r)
			}
		})
	}
}

// TestGoCatalogUnused: -unused reports a Go catalog's entries at their
// registration; the registrations themselves are no use.
func TestGoCatalogUnused(t *testing.T) {
	dir := goCatalogModule(t, map[string]string{
		"code/more.go": "package code\n\nvar ErrSpare = register(40400007, 404, \"spare\")\n\nvar ErrMobile = register(40400008, 404, \"mobile\") //errcodecheck:used-elsewhere by the app\n",
	})
	r := errcodecheck(t, dir, "-unused", "./...")
	want := "code/more.go:3:1: error code 40400007 is not constructed, referred to or compared by any analyzed package"
	if r.code != 3 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "40400001 is not") || strings.Contains(r.stderr, "40900001 is not") || strings.Contains(r.stderr, "40400008 is not constructed") {
		t.Errorf("want only %q, got %s", want, r)
	}
}

// TestGoCatalogUnusedMaps: the keys of a Go catalog's message and status
// maps register their codes; they are no use of them either.
func TestGoCatalogUnusedMaps(t *testing.T) {
	dir := goCatalogModule(t, map[string]string{
		"code/code.go": `package code

import "net/http"

const (
	ErrUserNotFound = 40400001
	ErrConflict     = 40900001
	ErrSpare        = 40400007
)

var messages = map[int]string{
	ErrUserNotFound: "user not found",
	ErrConflict:     "conflict",
	ErrSpare:        "spare",
}

var statuses = map[int]int{
	ErrUserNotFound: http.StatusNotFound,
	ErrConflict:     http.StatusConflict,
	ErrSpare:        http.StatusNotFound,
}

// Message is a lookup: its uses of the maps are no use of a code.
func Message(c int) string { return messages[c] }

// Status is one too.
func Status(c int) int { return statuses[c] }
`,
		"handler/handler.go": "package handler\n\nimport (\n\t\"example.com/svc/apierr\"\n\t\"example.com/svc/code\"\n)\n\nfunc Get(int) error { return apierr.New(404, code.ErrUserNotFound, \"\") }\n",
		"other/other.go":     "package other\n\nimport \"example.com/svc/apierr\"\n\nfunc Conflict() error { return apierr.New(409, 40900001, \"\") }\n",
	})
	r := errcodecheck(t, dir, "-unused", "./...")
	want := "code/code.go:14:1: error code 40400007 is not constructed, referred to or compared by any analyzed package"
	if r.code != 3 || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "40400001 is not") || strings.Contains(r.stderr, "40900001 is not") {
		t.Errorf("want only %q, got %s", want, r)
	}
}
