package main

import (
	"flag"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/internal/cmdtest"
)

// TestDoc checks that the manual in doc.go is the command's -help.
func TestDoc(t *testing.T) { cmdtest.CheckDoc(t, help, *update) }

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
	for _, c := range analyzer.Checks() {
		if !strings.Contains(help, "\t"+c.Name+" ") || !strings.Contains(help, c.Title) {
			t.Errorf("the manual does not list the check %s: %s", c.Name, c.Title)
		}
	}
}
