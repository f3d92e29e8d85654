//go:build unix

package main

import (
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFO checks that every command refuses a named pipe as its catalog,
// at once and with exit status 1 (issue 9 #13: they hung forever).
func TestFIFO(t *testing.T) {
	t.Parallel()
	fifo := filepath.Join(t.TempDir(), "errcodes.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, args := range [][]string{
		{"check", fifo},
		{"export", fifo},
		{"gen", "-namespace", "default", "-package", "p", fifo},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		cmd := exec.CommandContext(ctx, binary, args...)
		out, err := cmd.CombinedOutput()
		timedOut := ctx.Err() != nil
		cancel()
		if timedOut {
			t.Fatalf("errcatalog %s hangs on a FIFO", strings.Join(args, " "))
		}
		var ee *exec.ExitError
		ok := errors.As(err, &ee)
		if !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), fifo+": is a named pipe (FIFO), not a regular file") {
			t.Errorf("errcatalog %s: %v\n%s\nwant exit status 1 and the FIFO refused", strings.Join(args, " "), err, out)
		}
	}
}
