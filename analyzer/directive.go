package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

const (
	constructorDirective = "//errcodecheck:constructor"
	ignoreDirective      = "//errcodecheck:ignore"
)

// directives reads //errcodecheck:constructor on the package's function
// declarations, records them in c.own and exports a fact for each, so that
// callers in other packages recognize them. A malformed directive is
// reported: a typo must not switch the check off silently, and so are
// near misses of every directive's form (checkDirectiveForms).
func (c *checker) directives() {
	docs := map[*ast.Comment]bool{} // constructor directives in a function's doc comment
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Doc == nil {
				continue
			}
			for _, cm := range fd.Doc.List {
				text, ok := strings.CutPrefix(cm.Text, constructorDirective)
				if !ok || (text != "" && text[0] != ' ' && text[0] != '\t') {
					continue
				}
				docs[cm] = true
				fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if !ok {
					continue
				}
				text, _, _ = strings.Cut(text, "//") // a trailing comment is no argument
				sp, err := parseConstructorDirective(text, fn.Signature())
				if err != nil {
					c.rep.report(cm, CategoryDirective, "malformed %s directive: %v", constructorDirective[2:], err)
					continue
				}
				c.own[fn] = sp
				c.pass.ExportObjectFact(fn, sp.fact())
			}
		}
	}
	c.checkDirectiveForms(docs)
}

// parseConstructorDirective reads "status=PARAM code=PARAM [message=PARAM]";
// status may be a three-digit HTTP status fixed for every call.
func parseConstructorDirective(args string, sig *types.Signature) (*spec, error) {
	sp := &spec{status: noArg, code: noArg, message: noArg}
	seen := map[string]bool{}
	for _, kv := range strings.Fields(args) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("want key=PARAM, got %q", kv)
		}
		if seen[k] {
			return nil, fmt.Errorf("%s given twice", k)
		}
		seen[k] = true
		var dst *int
		switch k {
		case "status":
			if n, err := strconv.Atoi(v); err == nil {
				if n < 100 || n > 599 {
					return nil, fmt.Errorf("status %d is not an HTTP status (100-599)", n)
				}
				sp.fixed = n
				continue
			}
			dst = &sp.status
		case "code":
			dst = &sp.code
		case "message":
			dst = &sp.message
		default:
			return nil, fmt.Errorf("unknown key %q (want status, code or message)", k)
		}
		i, err := paramByName(sig, v)
		if err != nil {
			return nil, err
		}
		*dst = i
	}
	if sp.code == noArg {
		return nil, fmt.Errorf("code=PARAM is required")
	}
	return sp, nil
}

// paramByName returns the index of the parameter called name.
func paramByName(sig *types.Signature, name string) (int, error) {
	var names []string
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		if v.Name() == name {
			return i, nil
		}
		names = append(names, v.Name())
	}
	if len(names) == 0 {
		return 0, fmt.Errorf("%q is not a parameter (the function has none)", name)
	}
	return 0, fmt.Errorf("%q is not a parameter (have %s)", name, strings.Join(names, ", "))
}
