package main

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestConfigFIFO: a named pipe as -config or as .errcodecheck.yml hung
// the command forever (standalone, and go vet's -V=full, which hashes the
// config). Each is refused at once with a clear error.
func TestConfigFIFO(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes")
	}
	dir := t.TempDir()
	writeFile(t, dir, "go.mod", "module example.com/m\n\ngo 1.22\n")
	writeFile(t, dir, "m.go", "package m\n")
	fifo := filepath.Join(dir, ".errcodecheck.yml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"found", []string{"./..."}, 1, fifo + ": not a regular file (a named pipe)"},
		{"-config", []string{"-config", fifo, "./..."}, 1, fifo + ": not a regular file (a named pipe)"},
		{"-V=full", []string{"-V=full"}, 0, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary, c.args...)
			cmd.Dir, cmd.Env = dir, childEnv()
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			if ctx.Err() != nil {
				t.Fatalf("errcodecheck %s hangs on a FIFO config", strings.Join(c.args, " "))
			}
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			}
			if code != c.code || !strings.Contains(stderr.String(), c.want) {
				t.Errorf("exit status %d, stderr:\n%s\nwant status %d and %q", code, stderr.String(), c.code, c.want)
			}
		})
	}
}
