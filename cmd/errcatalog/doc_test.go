package main

import (
	"flag"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/errcodecheck/errcodecheck/internal/cmdtest"
)

var update = flag.Bool("update", false, "rewrite doc.go from the help texts")

// manual is the text of doc.go: the top-level help, then a section per
// command.
func manual() string {
	var text strings.Builder
	text.WriteString(usage)
	for _, c := range commands {
		r, n := utf8.DecodeRuneInString(c.short)
		text.WriteString("\n# " + string(unicode.ToUpper(r)) + c.short[n:] + "\n\n")
		text.WriteString("Usage:\n\n\terrcatalog " + c.usageLine + "\n\n")
		text.WriteString(c.long)
	}
	return text.String()
}

// TestDoc checks that the manual in doc.go is the tool's help.
func TestDoc(t *testing.T) { cmdtest.CheckDoc(t, manual(), *update) }

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
