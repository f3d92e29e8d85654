package catalog_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// TestReadFileLimit checks that a file over MaxFileSize is refused without
// being read, with the limit in the message.
func TestReadFileLimit(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	big := filepath.Join(dir, "big.md")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: no disk space, no time.
	if err := f.Truncate(catalog.MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for name, read := range map[string]func() error{
		"ReadFile": func() error { _, err := catalog.ReadFile(big); return err },
		"Load":     func() error { _, _, err := catalog.Load(big, catalog.Overrides{}); return err },
	} {
		err := read()
		if err == nil || !strings.Contains(err.Error(), big+": ") || !strings.Contains(err.Error(), "64 MiB") {
			t.Errorf("%s of a file over the limit: error %v, want one naming the file and the 64 MiB limit", name, err)
		}
	}

	ok := filepath.Join(dir, "ok.md")
	want := []byte("- HttpCode: 400\n- ErrorCode: 40000001\n")
	if err := os.WriteFile(ok, want, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := catalog.ReadFile(ok)
	if err != nil || string(got) != string(want) {
		t.Errorf("ReadFile(%s) = %q, %v; want %q", ok, got, err, want)
	}
	for path, msg := range map[string]string{
		filepath.Join(dir, "nope.md"): "file does not exist",
		dir:                           "is a directory",
	} {
		if _, err := catalog.ReadFile(path); err == nil || err.Error() != path+": "+msg && !strings.HasPrefix(err.Error(), path+": "+msg) {
			t.Errorf("ReadFile(%s) error %v, want %q", path, err, path+": "+msg)
		}
	}
}
