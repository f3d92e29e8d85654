package analyzer_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestParseConfigYAMLShape: several YAML documents are an error, not
// "the first one wins" (---, ---, then the constructors switched every
// check off); syntax errors name a line, also where yaml.v3 gives none.
func TestParseConfigYAMLShape(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, doc, want string }{
		{"empty first document", "---\n---\nconstructors:\n  - func: a.New\n    code: 0\n", "f.yml:2: a second YAML document; a config is one document (remove the ---)"},
		{"second document", "heuristics: false\n---\nheuristics: true\n", "f.yml:2: a second YAML document"},
		{"trailing marker", "heuristics: false\n---\n", "f.yml:2: a second YAML document"},
		{"token on line 1", "\theuristics: false\n", "f.yml:1: found character that cannot start any token"},
		{"token on line 3", "catalog: x.md\nheuristics: false\nprefix-rule: @x\n", "f.yml:3: found character that cannot start any token"},
		{"invalid UTF-8", "catalog: x.md\n# a comment\nheuristics: \xff\n", "f.yml:3: invalid leading UTF-8 octet"},
		{"truncated UTF-8", "catalog: x.md\ncatalog2: \xe4\xb8\n", "f.yml:2: "},
		{"control character", "catalog: x.md\n\nheuristics: tr\x01ue\n", "f.yml:3: control characters are not allowed"},
		{"unknown anchor", "catalog: x.md\nheuristics: *on\n", "f.yml:2: unknown anchor 'on' referenced"},
		{"escape on line 1", "catalog: \"\\q\"\n", "f.yml:1: found unknown escape character"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := analyzer.ParseConfig("f.yml", []byte(c.doc))
			if err == nil {
				t.Fatalf("accepted:\n%s", c.doc)
			}
			if got := err.Error(); !strings.Contains(got, c.want) {
				t.Errorf("want %q, got:\n%s", c.want, got)
			}
		})
	}
	// One document, with or without markers, is fine.
	for _, doc := range []string{"---\nheuristics: false\n", "heuristics: false\n...\n", "# nothing\n", ""} {
		if _, err := analyzer.ParseConfig("f.yml", []byte(doc)); err != nil {
			t.Errorf("%q: %v", doc, err)
		}
	}
}

// TestLoadConfigNotRegular: a FIFO as the config hung the command
// forever; a directory or device is no config either. Each is refused at
// once, naming the file; an oversized file is refused saying the bound.
func TestLoadConfigNotRegular(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if runtime.GOOS != "windows" {
		fifo := filepath.Join(dir, "fifo.yml")
		if err := syscall.Mkfifo(fifo, 0o644); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { _, err := analyzer.LoadConfig(fifo); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), fifo+": not a regular file (a named pipe)") {
				t.Errorf("FIFO: got %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("LoadConfig hangs on a FIFO")
		}
		if _, err := analyzer.LoadConfig("/dev/null"); err == nil || !strings.Contains(err.Error(), "/dev/null: not a regular file (a device)") {
			t.Errorf("/dev/null: got %v", err)
		}
	}
	if _, err := analyzer.LoadConfig(dir); err == nil || !strings.Contains(err.Error(), dir+": not a regular file (a directory)") {
		t.Errorf("directory: got %v", err)
	}
	big := filepath.Join(dir, "big.yml")
	if err := os.WriteFile(big, []byte("# "+strings.Repeat("x", 2<<20)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := analyzer.LoadConfig(big); err == nil || !strings.Contains(err.Error(), big+": larger than 1 MiB, the most a config file may hold") {
		t.Errorf("big file: got %v", err)
	}
}
