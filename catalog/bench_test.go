package catalog_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// BenchmarkDefault parses the embedded catalog, as every process that uses
// the default catalog does once.
func BenchmarkDefault(b *testing.B) {
	doc := catalog.DefaultDocument()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		c, _ := catalog.Parse(catalog.DefaultFile, doc, catalog.Overrides{})
		if len(c.Entries) != 56 {
			b.Fatalf("%d entries", len(c.Entries))
		}
	}
}

// bigDocument returns a valid catalog of n entries in two namespaces, in the
// seed's bullet form or as pipe tables.
func bigDocument(n int, table bool) []byte {
	var sb strings.Builder
	statuses := [...]int{400, 401, 403, 404, 409, 412, 422, 500, 502, 503}
	for i := range n {
		if i == 0 || i == n/2 {
			fmt.Fprintf(&sb, "<!-- errcodecheck:namespace ns%d -->\n", 2*i/n)
			if table {
				sb.WriteString("| Code | HTTP Status | Name | Message |\n|---|---|---|---|\n")
			}
		}
		status := statuses[i%len(statuses)]
		code := int64(status)*100000 + int64(i)
		if table {
			fmt.Fprintf(&sb, "| %d | %d | 错误%d | error number %d |\n", code, status, i, i)
			continue
		}
		fmt.Fprintf(&sb, "---\n- HttpCode: %d\n- ErrorCode: %d\n- 中文名称: 错误%d\n- Message: error number %d\n\n", status, code, i, i)
	}
	return []byte(sb.String())
}

func BenchmarkParse100k(b *testing.B) {
	for _, form := range []struct {
		name  string
		table bool
	}{{"bullets", false}, {"table", true}} {
		doc := bigDocument(100_000, form.table)
		b.Run(form.name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				c, ps := catalog.Parse("big.md", doc, catalog.Overrides{})
				if len(c.Entries) != 100_000 || len(ps) != 0 {
					b.Fatalf("%d entries, %d problems: %v", len(c.Entries), len(ps), ps[:min(len(ps), 3)])
				}
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	c := catalog.Default()
	b.Run("hit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := c.Lookup("platform", 41200011); !ok {
				b.Fatal("not found")
			}
		}
	})
	b.Run("miss", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := c.Lookup("user", 41200011); ok {
				b.Fatal("found")
			}
		}
	})
	b.Run("any", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(c.LookupAny(40000001)) != 2 {
				b.Fatal("not found")
			}
		}
	})
	b.Run("suggest", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(c.Suggest("platform", 40000020)) != 2 {
				b.Fatal("no suggestions")
			}
		}
	})
}

// linksDocument returns a catalog of one entry whose name is n Markdown
// links on one line: parsing must stay linear in the length of a value.
func linksDocument(n int) []byte {
	return []byte("- HttpCode: 400\n- ErrorCode: 40000001\n- Name: " + strings.Repeat("[a](b)", n) + "\n")
}

// namespacesDocument returns a catalog of n namespaces of one entry each:
// the summaries of check and export must stay linear in the namespaces.
func namespacesDocument(n int) []byte {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, "<!-- errcodecheck:namespace ns%d -->\n- HttpCode: 400\n- ErrorCode: 40000001\n", i)
	}
	return []byte(sb.String())
}

// BenchmarkLinks parses a value of many links (issue 9 #16: 160k links
// took 58 s when each link was cut out of the string by a copy).
func BenchmarkLinks(b *testing.B) {
	for _, n := range []int{10_000, 160_000} {
		doc := linksDocument(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				c, _ := catalog.Parse("links.md", doc, catalog.Overrides{})
				if len(c.Entries) != 1 || len(c.Entries[0].Name) != n {
					b.Fatalf("%d entries", len(c.Entries))
				}
			}
		})
	}
}

// BenchmarkNamespaces parses a catalog of many namespaces and renders what
// errcatalog check and export print for it (issue 9 #16: 30,000 markers
// took 91 s when every namespace's count scanned every code).
func BenchmarkNamespaces(b *testing.B) {
	for _, n := range []int{3_000, 30_000} {
		doc := namespacesDocument(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				c, ps := catalog.Parse("ns.md", doc, catalog.Overrides{})
				if len(ps) != 0 || len(c.Namespaces()) != n {
					b.Fatalf("%d namespaces, %d problems", len(c.Namespaces()), len(ps))
				}
				_ = c.String()
				if _, err := c.MarshalJSON(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
