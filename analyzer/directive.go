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
	fileIgnoreDirective  = "//errcodecheck:file-ignore"
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

// parseConstructorDirective reads "status=PARAM code=PARAM
// [message=PARAM] [default-status=NNN]": status=NNN fixes the status of
// every call, code=NNN the code (NewErrMsg(msg) always builds 100001),
// and default-status=NNN is the status of a call that passes none to a
// variadic status parameter. A parameter that can never hold the value
// (a status of type any, a code of type string) or one parameter named
// twice is an error: the check would pass silently.
func parseConstructorDirective(args string, sig *types.Signature) (*spec, error) {
	sp := &spec{status: noArg, code: noArg, message: noArg}
	seen := map[string]bool{}
	params := sig.Params()
	used := map[int]string{}
	for _, kv := range strings.Fields(args) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("want key=PARAM, got %q", kv)
		}
		if seen[k] {
			return nil, fmt.Errorf("%s given twice", k)
		}
		seen[k] = true
		var (
			dst  *int
			want valueKind
		)
		n, numErr := strconv.ParseInt(v, 10, 64)
		switch k {
		case "status", "default-status":
			if numErr == nil {
				if n < 100 || n > 599 {
					return nil, fmt.Errorf("%s %d is not an HTTP status (100-599)", k, n)
				}
				if k == "status" {
					sp.fixed = int(n)
				} else {
					sp.defStatus = int(n)
				}
				continue
			}
			if k == "default-status" {
				return nil, fmt.Errorf("default-status wants an HTTP status (100-599), got %q", v)
			}
			dst, want = &sp.status, intValue
		case "code":
			if numErr == nil {
				if n < 0 {
					return nil, fmt.Errorf("code %d is negative", n)
				}
				sp.fixedCode, sp.hasFixedCode = n, true
				continue
			}
			dst, want = &sp.code, intValue
		case "message":
			dst, want = &sp.message, stringValue
		default:
			return nil, fmt.Errorf("unknown key %q (want status, code, message or default-status)", k)
		}
		i, err := paramByName(sig, v)
		if err != nil {
			return nil, err
		}
		if other, dup := used[i]; dup {
			return nil, fmt.Errorf("%s and %s are the same parameter %s", other, k, v)
		}
		used[i] = k
		t := params.At(i).Type()
		if sig.Variadic() && i == params.Len()-1 {
			t = t.(*types.Slice).Elem()
		}
		if !holds(t, want, want == stringValue) {
			return nil, fmt.Errorf("parameter %s has type %s, which can never hold %s", v, types.TypeString(t, nil), want)
		}
		*dst = i
	}
	if sp.code == noArg && !sp.hasFixedCode {
		return nil, fmt.Errorf("code=PARAM is required (or code=NNN for a constructor that always builds one code)")
	}
	if sp.defStatus != 0 && (sp.fixed != 0 || (sp.status != noArg && !(sig.Variadic() && sp.status == params.Len()-1))) {
		return nil, fmt.Errorf("default-status applies only to a variadic or absent status parameter")
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
