package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// inventoryFlag is -inventory, -inventory=json or -inventory=markdown.
type inventoryFlag struct{ format string } // "": off

func (f *inventoryFlag) IsBoolFlag() bool { return true }
func (f *inventoryFlag) String() string   { return f.format }
func (f *inventoryFlag) Set(s string) error {
	switch s {
	case "true", "json":
		f.format = "json"
	case "markdown", "md":
		f.format = "markdown"
	case "false":
		f.format = ""
	default:
		return fmt.Errorf("want -inventory, -inventory=json or -inventory=markdown, got %q", s)
	}
	return nil
}

// inventoryPrinter returns, for -inventory, the driver's Results hook
// that writes the inventory on standard output, or nil.
func inventoryPrinter(f inventoryFlag, pre *analyzer.Preloader, stdout io.Writer) func([]any) {
	if f.format == "" {
		return nil
	}
	pre.Inventory()
	return func(results []any) {
		inv := analyzer.BuildInventory(results)
		wd, _ := os.Getwd()
		if f.format == "markdown" {
			writeInventoryMarkdown(stdout, inv, wd)
			return
		}
		writeInventoryJSON(stdout, inv, wd)
	}
}

// either returns the Results hook that is set, a or b (the flags that
// set them exclude each other).
func either(a, b func([]any)) func([]any) {
	if a != nil {
		return a
	}
	return b
}

// The JSON form of the inventory, a contract with scripts: spelled out
// field by field. The document is {"codes": [jsonInventoryCode...],
// "functions": [jsonInventoryFunc...]}, one code or function per line.

type jsonInventoryCode struct {
	Catalog       string    `json:"catalog"` // file:line of the entry's ErrorCode
	Namespace     string    `json:"namespace"`
	Code          int64     `json:"code"`
	Status        int       `json:"status"`
	Name          string    `json:"name,omitempty"`
	UsedElsewhere bool      `json:"used_elsewhere,omitempty"`
	Uses          []jsonUse `json:"uses"`
}

type jsonUse struct {
	Kind     string `json:"kind"` // construct, reference or compare
	Package  string `json:"package"`
	Function string `json:"function,omitempty"` // "" at package level
	Pos      string `json:"pos"`                // file:line:col
	Symbol   string `json:"symbol,omitempty"`   // the code symbol of a reference or comparison
}

type jsonInventoryFunc struct {
	Package  string  `json:"package"`
	Function string  `json:"function"` // types.Func FullName
	Pos      string  `json:"pos"`
	Codes    []int64 `json:"codes"`
}

// writeInventoryJSON writes the inventory's JSON document one code and one
// function at a time: a large program's inventory is never whole in
// memory as JSON.
func writeInventoryJSON(w io.Writer, inv analyzer.Inventory, wd string) {
	bw := bufio.NewWriter(w)
	defer bw.Flush() // a write error is seen by the driver's writer
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // names are prose, often with < or &
	item := func(first bool, v any) {
		buf.Reset()
		_ = enc.Encode(v) // plain strings and numbers: no error
		if !first {
			_, _ = bw.WriteString(",")
		}
		_, _ = bw.WriteString("\n\t\t")
		_, _ = bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	_, _ = bw.WriteString("{\n\t\"codes\": [")
	for i, c := range inv.Codes {
		jc := jsonInventoryCode{Catalog: relPos(wd, c.Catalog+":"+strconv.Itoa(c.Line)), Namespace: c.Namespace, Code: c.Code,
			Status: c.Status, Name: c.Name, UsedElsewhere: c.UsedElsewhere, Uses: make([]jsonUse, 0, len(c.Uses))}
		for _, u := range c.Uses {
			jc.Uses = append(jc.Uses, jsonUse{Kind: u.Kind, Package: u.Package, Function: u.Func, Pos: relPos(wd, u.Pos.String()), Symbol: u.Symbol})
		}
		item(i == 0, jc)
	}
	_, _ = bw.WriteString("\n\t],\n\t\"functions\": [")
	for i, f := range inv.Funcs {
		item(i == 0, jsonInventoryFunc{Package: f.Package, Function: f.Func, Pos: relPos(wd, f.Pos.String()), Codes: f.Codes})
	}
	_, _ = bw.WriteString("\n\t]\n}\n")
}

// writeInventoryMarkdown writes two tables to paste into API docs: each
// code with where it is constructed and referenced, and each exported
// function with the codes it can produce.
func writeInventoryMarkdown(w io.Writer, inv analyzer.Inventory, wd string) {
	namespaces := map[string]bool{}
	status := map[int64]int{}
	for _, c := range inv.Codes {
		namespaces[c.Namespace] = true
		status[c.Code] = c.Status
	}
	showNS := len(namespaces) > 1
	fmt.Fprintln(w, "## Error codes")
	fmt.Fprintln(w)
	if len(inv.Codes) == 0 {
		fmt.Fprintln(w, "No catalog of the project's own: no codes to list.")
	} else {
		if showNS {
			fmt.Fprintln(w, "| Namespace | Code | HTTP | Name | Constructed in | Used in |")
			fmt.Fprintln(w, "|---|---|---|---|---|---|")
		} else {
			fmt.Fprintln(w, "| Code | HTTP | Name | Constructed in | Used in |")
			fmt.Fprintln(w, "|---|---|---|---|---|")
		}
		for _, c := range inv.Codes {
			var built, used []string
			for _, u := range c.Uses {
				site := siteCell(u, wd)
				if u.Kind == analyzer.UseConstruct {
					built = append(built, site)
				} else {
					used = append(used, site)
				}
			}
			usedCell := strings.Join(used, "<br>")
			if len(c.Uses) == 0 {
				usedCell = "unused"
				if c.UsedElsewhere {
					usedCell = "used elsewhere"
				}
			}
			row := []string{strconv.FormatInt(c.Code, 10), strconv.Itoa(c.Status), cell(c.Name), strings.Join(built, "<br>"), usedCell}
			if showNS {
				row = append([]string{cell(c.Namespace)}, row...)
			}
			fmt.Fprintln(w, "| "+strings.Join(row, " | ")+" |")
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## Error codes by function")
	fmt.Fprintln(w)
	if len(inv.Funcs) == 0 {
		fmt.Fprintln(w, "No exported function or method produces a constant error code.")
		return
	}
	fmt.Fprintln(w, "| Package | Function | Codes |")
	fmt.Fprintln(w, "|---|---|---|")
	for _, f := range inv.Funcs {
		var codes []string
		for _, code := range f.Codes {
			s := strconv.FormatInt(code, 10)
			if st, ok := status[code]; ok {
				s += " (" + strconv.Itoa(st) + ")"
			}
			codes = append(codes, s)
		}
		fmt.Fprintf(w, "| %s | `%s` | %s |\n", cell(f.Package), shortFunc(f.Package, f.Func), strings.Join(codes, ", "))
	}
}

// siteCell shows a use: `pkg.Func` (file:line).
func siteCell(u analyzer.CodeUse, wd string) string {
	where := relPos(wd, u.Pos.String())
	if i := strings.LastIndexByte(where, ':'); i > 0 {
		where = where[:i] // file:line is enough in a table
	}
	name := filepath.Base(u.Package)
	if u.Func != "" {
		name = filepath.Base(u.Package) + "." + shortFunc(u.Package, u.Func)
	}
	return cell(fmt.Sprintf("%#q (%s)", name, where))
}

// shortFunc is a FullName without its package path: "Get", "(*Store).Load".
func shortFunc(pkg, full string) string { return strings.ReplaceAll(full, pkg+".", "") }

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}
