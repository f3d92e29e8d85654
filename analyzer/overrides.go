package analyzer

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// overrideMisfit explains a catalog load error caused by the config's
// code-digits or prefix-rule: when the catalog loads under its own rules,
// the override is at fault, and one message naming the key replaces the
// catalog's error for each code (56 unexplained lines for the embedded
// catalog with code-digits: 6). It returns "" when the override is not the
// cause.
func (c *Config) overrideMisfit(err error) string {
	if c.CodeDigits == nil && c.PrefixRule == nil {
		return ""
	}
	if _, ok := catalog.AsLoadError(err); !ok {
		return "" // not the catalog's content: unreadable, say
	}
	var cat *catalog.Catalog
	if c.Catalog == "" {
		cat, _, err = catalog.DefaultWith(catalog.Overrides{})
	} else {
		path := c.Catalog
		if !filepath.IsAbs(path) && c.Dir != "" {
			path = filepath.Join(c.Dir, path)
		}
		cat, _, err = catalog.Load(path, catalog.Overrides{})
	}
	if err != nil || cat == nil || len(cat.Entries) == 0 {
		return "" // the catalog is wrong under its own rules too: its errors say how
	}
	if d := c.CodeDigits; d != nil && *d > 0 {
		var bad []*catalog.Entry
		widths := map[int]bool{}
		for i := range cat.Entries {
			e := &cat.Entries[i]
			if w := len(strconv.FormatInt(e.Code, 10)); w != *d {
				bad = append(bad, e)
				widths[w] = true
			}
		}
		if len(bad) > 0 {
			var ws []string
			for _, w := range slices.Sorted(maps.Keys(widths)) {
				ws = append(ws, strconv.Itoa(w))
			}
			have := ws[0] + " digits"
			if len(ws) > 1 {
				have = "other widths (" + strings.Join(ws, ", ") + " digits)"
			}
			return fmt.Sprintf("%s: %d does not fit catalog %s: %d of its %d codes have %s (first: %s, code %d)",
				c.where("code-digits"), *d, cat.File, len(bad), len(cat.Entries), have, bad[0].Pos(), bad[0].Code)
		}
	}
	if p := c.PrefixRule; p != nil && *p {
		var bad []*catalog.Entry
		for i := range cat.Entries {
			e := &cat.Entries[i]
			if s, ok := catalog.PrefixStatus(e.Code); !ok || s != e.Status {
				bad = append(bad, e)
			}
		}
		if len(bad) > 0 {
			return fmt.Sprintf("%s: true does not fit catalog %s: %d of its %d codes do not start with their HttpCode (first: %s, code %d with %d)",
				c.where("prefix-rule"), cat.File, len(bad), len(cat.Entries), bad[0].Pos(), bad[0].Code, bad[0].Status)
		}
	}
	return ""
}
