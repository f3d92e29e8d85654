package main

import (
	"bytes"
	"flag"
	"go/format"
	"os"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// renderDoc writes doc.go from the help text, the way cmd/go writes its
// alldocs.go.
func renderDoc() ([]byte, error) {
	var b bytes.Buffer
	for _, line := range strings.Split(strings.TrimRight(help, "\n"), "\n") {
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

// TestDoc checks that the manual in doc.go is the command's -help.
func TestDoc(t *testing.T) {
	want, err := renderDoc()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
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

// TestHelpNamesEveryFlag checks that the manual documents each flag and
// each check.
func TestHelpNamesEveryFlag(t *testing.T) {
	var o options
	fs := newFlagSet(analyzer.New(), &o)
	fs.VisitAll(func(f *flag.Flag) {
		if !strings.Contains(help, "\t-"+f.Name+" ") && !strings.Contains(help, "\t-"+f.Name+"\n") && !strings.Contains(help, "\t-"+f.Name+"=") {
			t.Errorf("the manual does not document the flag -%s", f.Name)
		}
	})
	for _, c := range analyzer.Checks {
		if !strings.Contains(help, "\t"+c.Name+" ") || !strings.Contains(help, c.Title) {
			t.Errorf("the manual does not list the check %s: %s", c.Name, c.Title)
		}
	}
}
