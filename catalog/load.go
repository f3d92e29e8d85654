package catalog

import (
	_ "embed"
	"sync"
)

// DefaultFile is the name under which the embedded catalog reports
// positions.
const DefaultFile = "errcodecheck/catalog/errcodes.md"

//go:embed errcodes.md
var defaultDoc []byte

// DefaultDocument returns the Markdown of the embedded default catalog.
func DefaultDocument() []byte { return append([]byte(nil), defaultDoc...) }

// defaultCatalog parses the embedded catalog once per process.
var defaultCatalog = sync.OnceValues(func() (*Catalog, Problems) {
	return Parse(DefaultFile, defaultDoc, Overrides{})
})

// Default returns the embedded default catalog: the seed document with the
// namespaces user (8 codes) and platform (48 codes). It is parsed once per
// process; the result is shared and must not be modified.
func Default() *Catalog {
	c, _ := defaultCatalog()
	return c
}

// DefaultWith returns the embedded catalog with o applied to its rules. With
// no overrides it is Default(); otherwise it is parsed anew and checked
// against the changed rules.
func DefaultWith(o Overrides) (*Catalog, Problems, error) {
	if o.Digits == nil && o.Prefix == nil {
		c, ps := defaultCatalog()
		return c, ps, ps.Err()
	}
	c, ps := Parse(DefaultFile, defaultDoc, o)
	return c, ps, ps.Err()
}

// Load reads and checks the catalog at path. It returns the catalog, every
// problem found (warnings included) and, if any problem is an error, a
// *LoadError listing them all. The file is read as ReadFile does.
func Load(path string, o Overrides) (*Catalog, Problems, error) {
	data, err := readFile(path, "catalog")
	if err != nil {
		return nil, nil, err
	}
	c, ps := Parse(path, data, o)
	return c, ps, ps.Err()
}
