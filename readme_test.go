package errcodecheck_test

// TestREADME runs the README's command blocks as a user would type them.
// A block is tested when an HTML comment (invisible on GitHub) stands on
// the line before it:
//
//	<!-- readme-test dir=DIR exit=N -->
//
// Each command line of the block (indented by four spaces, or inside a
// ``` fence) runs with bash in DIR, a directory of a scratch tree that
// holds a copy of this repository as errcodecheck/ and a fresh module
// app/ (example.com/app: one main package, and the embedded catalog as
// docs/errcodes.md); its exit status must be N
// (default 0). The commands come from the README only, so a README that
// drifts from the code fails here. Blocks that need the network or a
// released version are not marked.
//
// The built errcodecheck and errcatalog are first on PATH; GOBIN is the
// scratch tree's bin/.

import (
	"bufio"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

type readmeBlock struct {
	line     int // of the marker
	dir      string
	exit     int
	commands []string
}

// readmeBlocks returns the marked command blocks of a README.
func readmeBlocks(t *testing.T, data []byte) []readmeBlock {
	t.Helper()
	var blocks []readmeBlock
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		args, ok := strings.CutPrefix(strings.TrimSpace(lines[i]), "<!-- readme-test")
		if !ok {
			continue
		}
		args, ok = strings.CutSuffix(args, "-->")
		if !ok {
			t.Fatalf("README.md:%d: readme-test marker not closed on its line", i+1)
		}
		b := readmeBlock{line: i + 1, dir: "."}
		for _, kv := range strings.Fields(args) {
			k, v, _ := strings.Cut(kv, "=")
			switch k {
			case "dir":
				b.dir = v
			case "exit":
				n, err := strconv.Atoi(v)
				if err != nil {
					t.Fatalf("README.md:%d: exit=%q is not a number", i+1, v)
				}
				b.exit = n
			default:
				t.Fatalf("README.md:%d: unknown readme-test key %q (want dir, exit)", i+1, k)
			}
		}
		// The block: blank lines, then indented lines or a fence.
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		var body []string
		if j < len(lines) && strings.HasPrefix(lines[j], "```") {
			for j++; j < len(lines) && !strings.HasPrefix(lines[j], "```"); j++ {
				body = append(body, lines[j])
			}
		} else {
			for ; j < len(lines) && (strings.HasPrefix(lines[j], "    ") || strings.TrimSpace(lines[j]) == ""); j++ {
				body = append(body, strings.TrimPrefix(lines[j], "    "))
			}
		}
		var cont string
		for _, l := range body {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if s, ok := strings.CutSuffix(l, `\`); ok {
				cont += s + " "
				continue
			}
			b.commands = append(b.commands, cont+l)
			cont = ""
		}
		if len(b.commands) == 0 {
			t.Fatalf("README.md:%d: readme-test marker before no command block", i+1)
		}
		blocks = append(blocks, b)
		i = j - 1
	}
	return blocks
}

func TestREADME(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the README's commands: builds the tools and the examples")
	}
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := readmeBlocks(t, data)
	if len(blocks) == 0 {
		t.Fatal("README.md has no readme-test blocks")
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	scratch := t.TempDir()
	bin := filepath.Join(scratch, "bin")
	build := exec.Command("go", "build", "-o", bin+string(filepath.Separator), "./cmd/errcodecheck", "./cmd/errcatalog")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	env := append(os.Environ(),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"GOBIN="+bin,
		"GOFLAGS=",
		"GOWORK=off",
	)
	for _, b := range blocks {
		t.Run("line"+strconv.Itoa(b.line), func(t *testing.T) {
			t.Parallel()
			tree := t.TempDir()
			copyRepo(t, root, filepath.Join(tree, "errcodecheck"))
			app := filepath.Join(tree, "app")
			writeFile(t, filepath.Join(app, "go.mod"), "module example.com/app\n\ngo 1.26.0\n")
			writeFile(t, filepath.Join(app, "main.go"), "package main\n\nfunc main() {}\n")
			cat, err := os.ReadFile(filepath.Join(root, "catalog", "errcodes.md"))
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(app, "docs", "errcodes.md"), string(cat))
			dir := filepath.Join(tree, filepath.FromSlash(b.dir))
			for _, c := range b.commands {
				cmd := exec.Command("bash", "-c", c)
				cmd.Dir = dir
				cmd.Env = env
				var out bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &out
				err := cmd.Run()
				code := 0
				if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
					code = ee.ExitCode()
				} else if err != nil {
					t.Fatalf("README.md:%d: %s: %v", b.line, c, err)
				}
				if code != b.exit {
					t.Errorf("README.md:%d: in %s: %s\nexit status %d, want %d; output:\n%s", b.line, b.dir, c, code, b.exit, lastLines(out.String(), 40))
				}
			}
		})
	}
}

// copyRepo copies the repository's files (not .git) to dst.
func copyRepo(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func lastLines(s string, n int) string {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
