package main

import (
	"bytes"
	"flag"
	"go/format"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite doc.go from the help texts")

// renderDoc writes doc.go from the help texts, the way cmd/go writes its
// alldocs.go: the top-level help, then a section per command.
func renderDoc() ([]byte, error) {
	var text strings.Builder
	text.WriteString(usage)
	for _, c := range commands {
		r, n := utf8.DecodeRuneInString(c.short)
		text.WriteString("\n# " + string(unicode.ToUpper(r)) + c.short[n:] + "\n\n")
		text.WriteString("Usage:\n\n\terrcatalog " + c.usageLine + "\n\n")
		text.WriteString(c.long)
	}
	var b bytes.Buffer
	for _, line := range strings.Split(strings.TrimRight(text.String(), "\n"), "\n") {
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

// TestDoc checks that the manual in doc.go is the tool's help.
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
		t.Errorf("doc.go differs from the help texts of main.go; run go test -run TestDoc -update")
	}
}

// TestHelpNamesEveryFlag checks that each command's help documents each of
// its flags and that the command list names every command.
func TestHelpNamesEveryFlag(t *testing.T) {
	for _, c := range commands {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		c.flags(fs, new(options))
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(c.long, "\t-"+f.Name+" ") && !strings.Contains(c.long, "\t-"+f.Name+"\n") {
				t.Errorf("help of %s does not document its flag -%s", c.name, f.Name)
			}
			if !strings.Contains(c.usageLine, "-"+f.Name) {
				t.Errorf("usage line of %s does not show its flag -%s", c.name, f.Name)
			}
		})
		if !strings.Contains(usage, "\t"+c.name+" ") {
			t.Errorf("top-level help does not list the command %s", c.name)
		}
	}
}
