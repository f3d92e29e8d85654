// Command golangci builds a custom golangci-lint binary that includes the
// errcodecheck module plugin from a local checkout, the way
// `golangci-lint custom` does, but without cloning golangci-lint's git
// repository: it generates a small main module that requires golangci-lint
// from the Go module proxy, imports the plugin for its side effect
// (registration) and points the errcodecheck module at the checkout with a
// replace directive.
//
// Usage, from anywhere inside the checkout:
//
//	go run ./scripts/golangci [-o bin/custom-gcl] [-golangci-version v2.15.0] [-plugin DIR] [-work DIR] [-v]
//	./bin/custom-gcl run ./...
//
// The binary's version, 2.15.0-custom-gcl-errcodecheck-KEY, names the
// sources it was built from: KEY hashes every file of the errcodecheck
// module that goes into it (Go files, embedded files, go.mod, go.sum), the
// golangci-lint and Go versions. golangci-lint salts its result cache with
// its version, so a binary built from changed sources never replays
// results cached by an older one. With -print-key the command prints KEY
// and builds nothing.
//
// Users of a released errcodecheck do not need this: they write a
// .custom-gcl.yml and run `golangci-lint custom` (see the plugin package's
// documentation). This command exists for development and for the plugin's
// end-to-end test, which must build from the working tree.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

const (
	// DefaultGolangciVersion is the golangci-lint release the plugin is
	// built and tested against.
	defaultGolangciVersion = "v2.15.0"

	golangciModule = "github.com/golangci/golangci-lint/v2"
	pluginModule   = "github.com/errcodecheck/errcodecheck"
	pluginImport   = pluginModule + "/plugin"

	// tempModule is the path of the generated main module.
	tempModule = "errcodecheck.local/custom-gcl"
)

func main() {
	log := func(format string, args ...any) { fmt.Fprintf(os.Stderr, "golangci: "+format+"\n", args...) }
	out := flag.String("o", filepath.Join("bin", "custom-gcl"), "`file` to write the binary to")
	version := flag.String("golangci-version", defaultGolangciVersion, "golangci-lint `version` to build")
	plugin := flag.String("plugin", "", "`directory` of the errcodecheck module (default: the module containing the current directory)")
	work := flag.String("work", "", "build in `directory` and keep it (default: a temporary directory, removed)")
	verbose := flag.Bool("v", false, "print the go commands and their output")
	printKey := flag.Bool("print-key", false, "print the hash of the sources the binary would be built from, and exit")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./scripts/golangci [flags]\n\nBuilds golangci-lint with the errcodecheck plugin of this checkout.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}

	b := builder{golangciVersion: *version, pluginDir: *plugin, workDir: *work}
	if *verbose {
		b.log = log
	}
	if *printKey {
		root, err := b.pluginRoot(context.Background())
		if err == nil {
			var key string
			if key, err = b.sourceKey(context.Background(), root); err == nil {
				fmt.Println(key)
				return
			}
		}
		log("%v", err)
		os.Exit(1)
	}
	start := time.Now()
	if err := b.build(context.Background(), *out); err != nil {
		log("%v", err)
		os.Exit(1)
	}
	log("built %s in %s", *out, time.Since(start).Round(time.Millisecond))
}

type builder struct {
	golangciVersion string
	pluginDir       string
	workDir         string
	log             func(format string, args ...any) // nil: quiet
}

func (b *builder) build(ctx context.Context, out string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	root, err := b.pluginRoot(ctx)
	if err != nil {
		return err
	}
	key, err := b.sourceKey(ctx, root)
	if err != nil {
		return err
	}
	dir := b.workDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "custom-gcl-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}

	files := map[string]string{
		"go.mod":     fmt.Sprintf("module %s\n\ngo 1.26.0\n", tempModule),
		"main.go":    mainGo,
		"plugins.go": fmt.Sprintf(pluginsGo, pluginImport),
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return err
		}
	}
	ldflags := fmt.Sprintf("-s -w -X 'main.version=%s-custom-gcl-errcodecheck-%s' -X 'main.date=%s'",
		strings.TrimPrefix(b.golangciVersion, "v"), key, time.Now().UTC().Format(time.RFC3339))
	steps := [][]string{
		{"go", "mod", "edit", "-require=" + golangciModule + "@" + b.golangciVersion, "-replace=" + pluginModule + "=" + root},
		{"go", "mod", "tidy"},
		{"go", "build", "-ldflags", ldflags, "-o", out, "."},
	}
	for _, args := range steps {
		if err := b.run(ctx, dir, args); err != nil {
			return err
		}
	}
	return nil
}

// pluginRoot returns the absolute directory of the errcodecheck module.
func (b *builder) pluginRoot(ctx context.Context) (string, error) {
	dir := b.pluginDir
	if dir == "" {
		cmd := exec.CommandContext(ctx, "go", "env", "GOMOD")
		cmd.Env = append(os.Environ(), "GOWORK=off")
		gomod, err := cmd.Output()
		if err != nil {
			return "", fmt.Errorf("go env GOMOD: %v", err)
		}
		path := strings.TrimSpace(string(gomod))
		if path == "" || path == os.DevNull {
			return "", errors.New("not inside the errcodecheck module: run from the checkout or give -plugin")
		}
		dir = filepath.Dir(path)
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	mod, err := modulePath(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	if mod != pluginModule {
		return "", fmt.Errorf("%s is module %s, not %s", dir, mod, pluginModule)
	}
	return dir, nil
}

// sourceKey hashes what the binary is built from: the Go and embedded
// files of the errcodecheck packages linked into it (those the plugin and
// this command depend on), go.mod and go.sum, the golangci-lint and Go
// versions. Dependencies are pinned by go.sum.
func (b *builder) sourceKey(ctx context.Context, root string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "list", "-deps", "-json=ImportPath,Dir,GoFiles,EmbedFiles,Module", "./plugin", "./scripts/golangci")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list: %v\n%s", err, stderr.Bytes())
	}
	h := sha256.New()
	fmt.Fprintf(h, "golangci-lint %s\n%s\n", b.golangciVersion, runtime.Version())
	hashFile := func(path string) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
		return nil
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		if err := hashFile(filepath.Join(root, name)); err != nil {
			return "", err
		}
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct {
			ImportPath, Dir     string
			GoFiles, EmbedFiles []string
			Module              *struct{ Path string }
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return "", err
		}
		if p.Module == nil || p.Module.Path != pluginModule {
			continue // the standard library and dependencies
		}
		fmt.Fprintf(h, "package %s\n", p.ImportPath)
		for _, f := range append(p.GoFiles, p.EmbedFiles...) {
			if err := hashFile(filepath.Join(p.Dir, f)); err != nil {
				return "", err
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// modulePath reads the module line of a go.mod file.
func modulePath(gomod string) (string, error) {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module"); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	return "", fmt.Errorf("%s: no module line", gomod)
}

// run runs a go command in the generated module. The module is built on
// its own: no go.work applies, and go.sum is completed as needed.
func (b *builder) run(ctx context.Context, dir string, args []string) error {
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"))
	start := time.Now()
	output, err := cmd.CombinedOutput()
	if b.log != nil {
		b.log("%s (%s)\n%s", strings.Join(args, " "), time.Since(start).Round(time.Millisecond), output)
	}
	if err != nil {
		return fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, output)
	}
	return nil
}

// mainGo is golangci-lint's cmd/golangci-lint/main.go, reduced to what a
// custom build needs; the version is set with -ldflags, as
// `golangci-lint custom` does.
const mainGo = `// Code generated by github.com/errcodecheck/errcodecheck/scripts/golangci. DO NOT EDIT.

package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"
)

var (
	version = "unknown"
	commit  = "?"
	date    = ""
)

func main() {
	info := commands.BuildInfo{Version: version, Commit: commit, Date: date, GoVersion: "unknown"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		info.GoVersion = bi.GoVersion
	}
	if err := commands.Execute(info); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
`

// pluginsGo declares the module plugins, as golangci-lint's
// cmd/golangci-lint/plugins.go does in a custom build.
const pluginsGo = `// Code generated by github.com/errcodecheck/errcodecheck/scripts/golangci. DO NOT EDIT.

package main

import (
	_ %q
)
`
