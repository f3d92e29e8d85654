package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// goCatalogDir writes a module whose package code is a Go catalog of
// both shapes: a registry call and constants with a message map.
func goCatalogDir(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/svc\n\ngo 1.22\n",
		".errcodecheck.yml": `constructors:
  - func: example.com/svc/code.register
    status: 1
    code: 0
    message: 2
`,
		"code/code.go": `package code

type Error struct {
	Status, Code int
	Msg          string
}

func (e *Error) Error() string { return e.Msg }

func register(code, status int, msg string) *Error { return &Error{status, code, msg} }

var ErrUserNotFound = register(40400001, 404, "user not found")

const (
	CodeBadName = 40000001
	CodeBadMail = 40000002
)

var messages = map[int]string{
	CodeBadName: "bad *name* | <x>",
	CodeBadMail: "user not found",
}
`,
	}
	for k, v := range extra {
		files[k] = v
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestGoCatalogCheck(t *testing.T) {
	dir := goCatalogDir(t, nil)
	r := errcatalog(t, dir, "check", "go:example.com/svc/code")
	r.wantCode(t, 0)
	r.wantStderr(t, "code/code.go:21: warning: error codes 40400001 (line 12) and 40000002 in namespace default share the name \"user not found\"")
	if want := "go:example.com/svc/code (digits=8 prefix=on): default=3\n"; r.stdout != want {
		t.Errorf("stdout %q, want %q", r.stdout, want)
	}

	// The config's rules apply, and -digits overrides them.
	r = errcatalog(t, dir, "check", "-digits", "6", "go:example.com/svc/code")
	r.wantCode(t, 1)
	r.wantStderr(t, "code/code.go:12: error code 40400001 has 8 digits, want 6")
}

func TestGoCatalogCheckBad(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"duplicate", map[string]string{"code/dup.go": "package code\n\nvar ErrAgain = register(40000001, 400, \"again\")\n"},
			"code/dup.go:3: duplicate error code 40000001 in namespace default (first at "},
		{"type error", map[string]string{"code/dup.go": "package code\n\nvar x int = \"s\"\n"},
			"code/dup.go:3:13: cannot use \"s\""},
		{"no entries", map[string]string{"code/code.go": "package code\n\nfunc register(code, status int, msg string) error { return nil }\n"},
			"no catalog entries found in Go package example.com/svc/code"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := errcatalog(t, goCatalogDir(t, tc.files), "check", "go:example.com/svc/code")
			r.wantCode(t, 1)
			r.wantStderr(t, tc.want)
		})
	}
	r := errcatalog(t, goCatalogDir(t, nil), "export", "go:example.com/svc/nope")
	r.wantCode(t, 1)
	r.wantStderr(t, "Go catalog example.com/svc/nope does not load", "example.com/svc/nope")
}

// TestGoCatalogMarkdown: export -format markdown writes a table that reads
// back to the entries of the Go catalog.
func TestGoCatalogMarkdown(t *testing.T) {
	dir := goCatalogDir(t, nil)
	r := errcatalog(t, dir, "export", "-format", "markdown", "go:example.com/svc/code")
	r.wantCode(t, 0)
	if !strings.Contains(r.stdout, "| Identifier | Code | HTTP Status | Name |\n") ||
		!strings.Contains(r.stdout, "| ErrUserNotFound | 40400001 | 404 | user not found |\n") {
		t.Errorf("markdown:\n%s", r.stdout)
	}
	md := filepath.Join(dir, "errcodes.md")
	if err := os.WriteFile(md, []byte(r.stdout), 0o666); err != nil {
		t.Fatal(err)
	}
	type entry struct {
		Namespace, Name, Ident string
		Status                 int
		Code                   int64
	}
	type export struct {
		Rules   map[string]any
		Entries []entry
	}
	read := func(file string) export {
		r := errcatalog(t, dir, "export", file)
		r.wantCode(t, 0)
		var x export
		if err := json.Unmarshal([]byte(r.stdout), &x); err != nil {
			t.Fatal(err)
		}
		return x
	}
	fromGo, fromMD := read("go:example.com/svc/code"), read(md)
	if len(fromGo.Entries) != 3 || fromGo.Entries[1].Ident != "CodeBadName" || fromGo.Entries[1].Name != "bad *name* | <x>" {
		t.Errorf("Go catalog entries: %+v", fromGo.Entries)
	}
	if !reflect.DeepEqual(fromGo, fromMD) {
		t.Errorf("read back from Markdown:\n%+v\nwant:\n%+v", fromMD, fromGo)
	}
}
