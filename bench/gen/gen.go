// Package gen writes the synthetic monorepo that errcodecheck's performance
// harness analyzes: a module of many realistic packages holding a given
// number of HTTP-error constructions in every form the analyzer recognizes
// (configured functions and methods, struct literals, a directive, wrapper
// chains across packages), references to code symbols of both namespaces,
// and a small, seeded fraction of planted mistakes.
//
// Every planted mistake sits on a line ending in "// planted: CATEGORY",
// where CATEGORY is the diagnostic category errcodecheck should report
// there; a planted mistake silenced by //errcodecheck:ignore ends in
// "// planted-ignored: CATEGORY" instead. The manifest (ManifestFile in the
// module root) lists them with their final line numbers, so that a driver
// can compare diagnostics with expectations one by one.
//
// The output depends only on Options: the same options give the same bytes.
package gen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Version changes whenever the generated code changes, so that cached
// corpora are regenerated.
const Version = 1

// Module is the generated module's path.
const Module = "example.com/monorepo"

// ManifestFile is the manifest's name in the module root.
const ManifestFile = "bench-manifest.json"

// Options size and seed a corpus.
type Options struct {
	// Packages is the total number of packages, infrastructure included
	// (at least MinPackages).
	Packages int
	// Constructions is the number of HTTP-error constructions in the
	// service packages (the few package-level error variables come on top).
	Constructions int
	// Seed makes a different, equally shaped corpus.
	Seed uint64
}

// MinPackages is the smallest corpus: the infrastructure packages and one
// service package per namespace.
const MinPackages = numInfra + 2

// Manifest describes a generated corpus: its size, what it contains and the
// diagnostics errcodecheck should report on it.
type Manifest struct {
	Version  int     `json:"version"`
	Module   string  `json:"module"`
	Options  Options `json:"options"`
	Packages int     `json:"packages"`
	Files    int     `json:"files"`
	Lines    int     `json:"lines"`
	// Constructions counts constructions by form ("apierr.New", "struct
	// literal", ...); ConstructionsTotal is their sum.
	Constructions      map[string]int `json:"constructions"`
	ConstructionsTotal int            `json:"constructionsTotal"`
	// NamespaceRefs counts references to code symbols outside
	// constructions; NearMisses those to other symbols of a foreign
	// namespace's packages, which must not be reported.
	NamespaceRefs int `json:"namespaceRefs"`
	NearMisses    int `json:"nearMisses"`
	// Planted counts planted mistakes by the category errcodecheck should
	// report; Ignored counts planted mistakes silenced by a directive.
	Planted map[string]int `json:"planted"`
	Ignored int            `json:"ignored"`
	// Expected lists every expected diagnostic, and Silenced every planted
	// mistake that must not be reported.
	Expected []Expectation `json:"expected"`
	Silenced []Expectation `json:"silenced"`
}

// Expectation is a diagnostic expected (or expected to be silenced) on a
// line of a generated file.
type Expectation struct {
	File     string `json:"file"` // slash-separated, relative to the module root
	Line     int    `json:"line"`
	Category string `json:"category"`
}

// Validate reports whether o describes a corpus that can be generated.
func (o Options) Validate() error {
	switch {
	case o.Packages < MinPackages:
		return fmt.Errorf("need at least %d packages, got %d", MinPackages, o.Packages)
	case o.Constructions < o.Packages:
		return fmt.Errorf("need at least one construction per package (%d), got %d", o.Packages, o.Constructions)
	}
	return nil
}

// Files returns the corpus's files by slash-separated path, and its
// manifest (also among the files).
func Files(o Options) (map[string][]byte, *Manifest, error) {
	if err := o.Validate(); err != nil {
		return nil, nil, err
	}
	tab, err := newTables()
	if err != nil {
		return nil, nil, err
	}
	g := &generator{
		opts:  o,
		tab:   tab,
		rng:   rand.New(rand.NewPCG(o.Seed, 0x657272636f6465)),
		files: map[string][]byte{},
		m: &Manifest{
			Version:       Version,
			Module:        Module,
			Options:       o,
			Packages:      o.Packages,
			Constructions: map[string]int{},
			Planted:       map[string]int{},
		},
	}
	if err := g.run(); err != nil {
		return nil, nil, err
	}
	data, err := json.MarshalIndent(g.m, "", "\t")
	if err != nil {
		return nil, nil, err
	}
	g.files[ManifestFile] = append(data, '\n')
	return g.files, g.m, nil
}

// Generate writes the corpus into dir, which must not exist, be empty, or
// hold an earlier corpus (recognized by its manifest), which is replaced.
func Generate(dir string, o Options) (*Manifest, error) {
	files, m, err := Files(o)
	if err != nil {
		return nil, err
	}
	if err := prepareDir(dir); err != nil {
		return nil, err
	}
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(full, files[p], 0o644); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// ReadManifest reads the manifest of the corpus in dir.
func ReadManifest(dir string) (*Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(dir, ManifestFile), err)
	}
	return &m, nil
}

// prepareDir empties dir, refusing to delete anything that is not a corpus.
func prepareDir(dir string) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) || (err == nil && len(ents) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, ManifestFile)); err != nil {
		return fmt.Errorf("%s is not empty and holds no %s: refusing to overwrite it", dir, ManifestFile)
	}
	return os.RemoveAll(dir)
}

// generator holds the state of one generation.
type generator struct {
	opts  Options
	tab   *tables
	rng   *rand.Rand
	files map[string][]byte
	m     *Manifest
}

// addGo formats a Go file, records its planted lines and stores it.
func (g *generator) addGo(path string, src []byte) error {
	out, err := format.Source(src)
	if err != nil {
		return fmt.Errorf("generated %s does not parse: %v", path, err)
	}
	g.files[path] = out
	g.m.Files++
	for i, line := range bytes.Split(out, []byte("\n")) {
		g.m.Lines++
		s := string(line)
		if _, cat, ok := strings.Cut(s, "// "+plantedMark); ok {
			g.m.Expected = append(g.m.Expected, Expectation{path, i + 1, cat})
		} else if _, cat, ok := strings.Cut(s, "// "+silencedMark); ok {
			g.m.Silenced = append(g.m.Silenced, Expectation{path, i + 1, cat})
		}
	}
	return nil
}

const (
	plantedMark  = "planted: "
	silencedMark = "planted-ignored: "
)

func (g *generator) run() error {
	if err := g.infra(); err != nil {
		return err
	}
	services := g.layout()
	n := g.opts.Constructions
	for i, s := range services {
		// Spread constructions evenly; the first packages take the rest.
		k := n / len(services)
		if i < n%len(services) {
			k++
		}
		if err := g.service(s, k); err != nil {
			return err
		}
	}
	for _, e := range g.m.Expected {
		g.m.Planted[e.Category]++
	}
	g.m.Ignored = len(g.m.Silenced)
	for _, v := range g.m.Constructions {
		g.m.ConstructionsTotal += v
	}
	g.files["go.mod"] = []byte("module " + Module + "\n\ngo 1.26\n")
	g.files[".errcodecheck.yml"] = []byte(configYAML)
	return nil
}

// configYAML configures the corpus's constructors and namespaces.
const configYAML = `# errcodecheck configuration of the generated benchmark corpus.
namespaces:
  - name: user
    packages: ["` + Module + `/user/..."]
  - name: platform
    packages: ["` + Module + `/platform/..."]
constructors:
  - func: ` + Module + `/apierr.New
    status: 0
    code: 1
    message: 2
  - type: ` + Module + `/apierr.Error
    status: HTTPCode
    code: ErrorCode
    message: Message
  - func: "(*` + Module + `/web.Context).Fail"
    status: status
    code: code
    message: msg
`

// ConfigYAML returns the corpus's .errcodecheck.yml.
func ConfigYAML() []byte { return []byte(configYAML) }
