//go:build unix

package catalog_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// TestReadFileFIFO checks that a named pipe is refused at once (issue 9
// #13: reading one blocked both commands forever, waiting for a writer).
func TestReadFileFIFO(t *testing.T) {
	t.Parallel()
	fifo := filepath.Join(t.TempDir(), "errcodes.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	link := filepath.Join(t.TempDir(), "link.md")
	if err := os.Symlink(fifo, link); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fifo, link} {
		done := make(chan error, 2)
		go func() {
			_, err := catalog.ReadFile(path)
			done <- err
		}()
		go func() {
			_, _, err := catalog.Load(path, catalog.Overrides{})
			done <- err
		}()
		for range 2 {
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), path+": ") || !strings.Contains(err.Error(), "named pipe") {
					t.Errorf("reading %s: error %v, want one naming the file and saying it is a named pipe", path, err)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("reading the FIFO %s hangs", path)
			}
		}
	}
}

// TestReadFileDevice checks that a character device is refused: /dev/zero
// never ends.
func TestReadFileDevice(t *testing.T) {
	t.Parallel()
	_, err := catalog.ReadFile("/dev/zero")
	if err == nil || !strings.Contains(err.Error(), "/dev/zero: ") || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("ReadFile(/dev/zero) error %v, want it refused as not a regular file", err)
	}
}
