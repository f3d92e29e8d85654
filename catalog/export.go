package catalog

import (
	"bytes"
	"encoding/json"
)

// The JSON form of a catalog is a contract with scripts (errcatalog export),
// so it is spelled out here field by field instead of following the Go
// types: renaming a Go field must not change it.

type exportCatalog struct {
	File       string            `json:"file"`
	Rules      exportRules       `json:"rules"`
	Namespaces []exportNamespace `json:"namespaces"`
	Entries    []exportEntry     `json:"entries"`
}

type exportRules struct {
	Digits int  `json:"digits"` // 0: any width
	Prefix bool `json:"prefix"`
}

type exportNamespace struct {
	Name  string `json:"name"`
	Codes int    `json:"codes"` // distinct codes
}

type exportEntry struct {
	Namespace string `json:"namespace"`
	Status    int    `json:"status"`
	Code      int64  `json:"code"`
	Name      string `json:"name"`
	English   string `json:"english,omitempty"`
	Message   string `json:"message,omitempty"`
	Ident     string `json:"ident,omitempty"`
	Line      int    `json:"line"`
	// UsedElsewhere: a used-elsewhere marker (errcodecheck -unused
	// does not report the entry).
	UsedElsewhere bool `json:"used_elsewhere,omitempty"`
}

// MarshalJSON encodes the catalog in its stable JSON form:
//
//	{
//	  "file": "docs/errcodes.md",
//	  "rules": {"digits": 8, "prefix": true},
//	  "namespaces": [{"name": "user", "codes": 8}, ...],
//	  "entries": [{"namespace": "user", "status": 400, "code": 40000001,
//	               "name": "注册用户名已存在", "line": 5}, ...]
//	}
//
// Rules digits 0 means codes of any width. Namespaces are in order of first
// appearance, with their number of distinct codes; entries are every entry
// read, in document order; english, message, ident (the Go identifier
// the catalog gives the code) and used_elsewhere (true for an entry a
// used-elsewhere marker covers) are left out when empty.
// The same catalog always gives the same bytes.
func (c *Catalog) MarshalJSON() ([]byte, error) {
	x := exportCatalog{
		File:       c.File,
		Rules:      exportRules{Digits: c.Rules.Digits, Prefix: c.Rules.Prefix},
		Namespaces: make([]exportNamespace, 0, len(c.namespaces)),
		Entries:    make([]exportEntry, 0, len(c.Entries)),
	}
	for _, ns := range c.namespaces {
		x.Namespaces = append(x.Namespaces, exportNamespace{Name: ns, Codes: c.CountNamespace(ns)})
	}
	for _, e := range c.Entries {
		x.Entries = append(x.Entries, exportEntry{
			Namespace: e.Namespace,
			Status:    e.Status,
			Code:      e.Code,
			Name:      e.Name,
			English:   e.English,
			Message:   e.Message,
			Ident:     e.Ident,
			Line:      e.Line,

			UsedElsewhere: e.UsedElsewhere,
		})
	}
	// Names are prose, often with "<" or "&": keep them readable. (An outer
	// json.Marshal escapes them again; errcatalog's encoder does not.)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
