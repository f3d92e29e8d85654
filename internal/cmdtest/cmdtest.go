// Package cmdtest holds what the tests of the commands share: building the
// command once, the way a user gets it, and keeping doc.go, the command's
// manual, in step with its -help text.
package cmdtest

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// GoTool returns the go command that runs the tests.
func GoTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return "go"
}

// Build builds the main package in the current directory as name in a
// new temporary directory, and returns the binary's path and a function
// that removes it.
func Build(name string) (string, func(), error) {
	dir, err := os.MkdirTemp("", name+"-test-")
	if err != nil {
		return "", nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	bin := filepath.Join(dir, name)
	if out, err := exec.Command(GoTool(), "build", "-o", bin, ".").CombinedOutput(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("building %s: %v\n%s", name, err, out)
	}
	return bin, cleanup, nil
}

// DocComment renders text as a doc.go whose package comment is text, the
// way cmd/go writes its alldocs.go.
func DocComment(text string) ([]byte, error) {
	var b bytes.Buffer
	for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if line == "" {
			b.WriteString("//\n")
		} else {
			b.WriteString("// " + line + "\n")
		}
	}
	b.WriteString("package main\n\n")
	b.WriteString("// The package comment above is the help text of main.go, written by\n")
	b.WriteString("// \"go test -run TestDoc -update\": edit main.go, not the comment.\n")
	return format.Source(b.Bytes())
}

// CheckDoc checks that doc.go in the current directory is DocComment(text),
// or rewrites it when update is set.
func CheckDoc(t *testing.T, text string, update bool) {
	t.Helper()
	want, err := DocComment(text)
	if err != nil {
		t.Fatal(err)
	}
	if update {
		if err := os.WriteFile("doc.go", want, 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("doc.go differs from the help text of main.go; run go test -run TestDoc -update")
	}
}
