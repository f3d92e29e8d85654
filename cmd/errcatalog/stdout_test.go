package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestStdoutFull checks that a command whose output cannot be written
// fails (issue 9 #9: "errcatalog check > /dev/full" exited 0).
func TestStdoutFull(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	for _, args := range [][]string{
		{"check"},
		{"check", "testdata/six-digits.md", "testdata/names.md"},
		{"export"},
		{"gen", "-namespace", "user", "-package", "usercode"},
		{"help"},
		{"check", "-h"},
	} {
		full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(binary, args...)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = full, &stderr
		err = cmd.Run()
		full.Close()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("errcatalog %s > /dev/full: %v, want exit status 1", strings.Join(args, " "), err)
		}
		if !strings.Contains(stderr.String(), "no space left on device") {
			t.Errorf("errcatalog %s > /dev/full: stderr does not name the error:\n%s", strings.Join(args, " "), stderr.String())
		}
	}
}
