package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/internal/cmdtest"
)

// binary is the errcatalog command built once for the tests, which run it
// the way a user does.
var binary string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	bin, cleanup, err := cmdtest.Build("errcatalog")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer cleanup()
	binary = bin
	return m.Run()
}

// goTool returns the go command that runs this test.
func goTool() string { return cmdtest.GoTool() }

// result is what one run of errcatalog gave.
type result struct {
	stdout, stderr string
	code           int
}

// errcatalog runs the binary with args in dir ("" for the package directory).
func errcatalog(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("errcatalog %s: %v", strings.Join(args, " "), err)
	}
	if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("errcatalog %s panicked:\n%s", strings.Join(args, " "), r.stderr)
	}
	return r
}

// wantCode fails the test unless r exited with code.
func (r result) wantCode(t *testing.T, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
}

// wantStderr fails the test unless every substring is in r's stderr.
func (r result) wantStderr(t *testing.T, substrings ...string) {
	t.Helper()
	for _, s := range substrings {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "Usage:"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"-x"}, "unknown flag -x"},
		{[]string{"help", "frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"help", "check", "gen"}, "at most one command"},
		{[]string{"check", "-nope"}, "flag provided but not defined: -nope"},
		{[]string{"check", "-digits", "0"}, `invalid value "0" for flag -digits`},
		{[]string{"check", "-digits", "many"}, `invalid value "many" for flag -digits`},
		{[]string{"check", "-prefix=maybe"}, `invalid value "maybe" for flag -prefix: want on or off`},
		{[]string{"check", "-prefix"}, "flag needs an argument: -prefix"},
		{[]string{"export", "-format", "yaml"}, `unsupported -format "yaml"`},
		{[]string{"export", "a.md", "b.md"}, "want at most one FILE, got 2"},
		{[]string{"gen", "-package", "codes"}, "-namespace is required"},
		{[]string{"gen", "-namespace", "user"}, "-package is required"},
		{[]string{"gen", "-namespace", "user", "-package", "my-codes"}, `-package "my-codes" is not a Go identifier`},
		{[]string{"gen", "-namespace", "user", "-package", "func"}, `-package "func" is not a Go identifier`},
		{[]string{"gen", "-namespace", "user", "-package", "_"}, `-package "_" is not a Go identifier`},
		{[]string{"gen", "-namespace", "user", "-package", "codes", "a.md", "b.md"}, "want at most one FILE"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := errcatalog(t, "", tc.args...)
			r.wantCode(t, 2)
			r.wantStderr(t, tc.want)
			if r.stdout != "" {
				t.Errorf("a usage error printed on stdout:\n%s", r.stdout)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-help"}, {"-h"}, {"--help"}, {"help", "help"}} {
		r := errcatalog(t, "", args...)
		r.wantCode(t, 0)
		if r.stdout != usage {
			t.Errorf("errcatalog %s printed\n%s\nwant the usage", strings.Join(args, " "), r.stdout)
		}
	}
	for _, c := range commands {
		for _, args := range [][]string{{"help", c.name}, {c.name, "-h"}, {c.name, "-help"}} {
			r := errcatalog(t, "", args...)
			r.wantCode(t, 0)
			if r.stdout != c.help() {
				t.Errorf("errcatalog %s printed\n%s\nwant\n%s", strings.Join(args, " "), r.stdout, c.help())
			}
			if !strings.HasPrefix(r.stdout, "usage: errcatalog "+c.name) {
				t.Errorf("errcatalog %s: help does not start with the usage line", strings.Join(args, " "))
			}
		}
	}
	// The command list names every command.
	for _, name := range []string{"check", "export", "gen", "help"} {
		if !strings.Contains(usage, "\t"+name+" ") {
			t.Errorf("usage does not list %s", name)
		}
	}
}
